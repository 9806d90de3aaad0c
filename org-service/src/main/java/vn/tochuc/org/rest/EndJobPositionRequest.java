package vn.tochuc.org.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EndJobPosition", description = "Ends a job position: it stays on record, no longer in effect")
public record EndJobPositionRequest(
        @NotNull @Schema(description = "The first day it no longer exists", examples = "2026-01-01")
        LocalDate endDate) {
}
