package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.Decision;

@Schema(name = "ChangePosition", description = "New seats and/or managing body from a date; absent fields stay")
public record ChangePositionRequest(
        @NotNull @Schema(description = "The first day the change applies", examples = "2026-01-01")
        LocalDate effectiveDate,
        @Min(value = 1, message = "must be at least 1: a position has at least one seat")
        @Max(value = 1000, message = "must be at most 1000") Integer seats,
        @Schema(examples = "Ban Thường vụ Tỉnh ủy") @Size(max = 300) String managingBody,
        @Valid Decision decision) {
}
