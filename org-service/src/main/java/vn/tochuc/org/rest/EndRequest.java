package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.Decision;

@Schema(name = "End", description = "Ends a position or job position: it stays on record, no longer in effect")
public record EndRequest(
        @NotNull @Schema(description = "The first day it no longer exists", examples = "2026-01-01") LocalDate endDate,
        @Valid Decision decision) {
}
