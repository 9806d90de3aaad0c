package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.Decision;

@Schema(name = "SetStaffingQuota", description = "A staffing quota (biên chế) of a unit for a year and category")
public record StaffingQuotaRequest(
        @NotNull UUID orgUnitId,
        @NotNull @Min(1945) @Max(2200) @Schema(examples = "2025") Integer year,
        @NotNull @Pattern(regexp = "CIVIL_SERVANT|PUBLIC_EMPLOYEE|CONTRACT",
                message = "must be CIVIL_SERVANT (công chức), PUBLIC_EMPLOYEE (viên chức) or CONTRACT (hợp đồng)")
        String category,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(100000) @Schema(examples = "25")
        Integer count,
        @Schema(description = "The day the quota takes effect; the decision's date when absent") LocalDate validFrom,
        @NotNull @Valid @Schema(description = "The decision that sets the quota: number, date and issuer")
        Decision decision) {
}
