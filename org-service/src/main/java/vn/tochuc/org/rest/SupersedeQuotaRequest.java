package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.Decision;

@Schema(name = "SupersedeStaffingQuota", description = "A new decision on the same unit, year and category")
public record SupersedeQuotaRequest(
        @NotNull @Min(value = 0, message = "must not be negative") @Max(100000) Integer count,
        @Schema(description = "The day the new quota takes effect; the decision's date when absent")
        LocalDate validFrom,
        @NotNull @Valid Decision decision) {
}
