package vn.tochuc.task.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.task.period.PeriodKind;

@Schema(name = "ReportScheduleRequest", description = "A report the requesting unit asks for every period. Name the "
        + "units that must report by unitKind or by units, not both.")
public record ScheduleRequest(
        @NotNull @Schema(description = "The unit asking for the report (e.g. the provincial Board)")
        UUID requestingUnitId,
        @NotBlank @Size(max = 500) @Schema(examples = "Báo cáo công tác tổ chức xây dựng Đảng") String subject,
        @Schema(description = "The document that asks for the report (GET /api/v1/source-documents)")
        UUID sourceDocumentId,
        @NotNull @Schema(description = "QUARTER, HALF_YEAR or YEAR") PeriodKind periodKind,
        @Size(max = 60) @Schema(description = "Every active unit of this kind below the requesting unit reports",
                examples = "DISTRICT_PARTY_COMMITTEE") String unitKind,
        @Size(max = 2000) @Schema(description = "These units report; each below the requesting unit")
        Set<UUID> units,
        @Min(0) @Max(366) @Schema(description = "Days from the period's last day to the due date; default 15 "
                + "(2025-Q1 due 2025-04-15)") Integer dueDaysAfterEnd) {

    NewSchedule toCommand() {
        return new NewSchedule(requestingUnitId, subject, sourceDocumentId, periodKind, unitKind, units,
                dueDaysAfterEnd);
    }
}
