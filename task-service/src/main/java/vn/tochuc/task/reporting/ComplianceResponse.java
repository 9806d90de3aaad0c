package vn.tochuc.task.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportCompliance", description = "Report compliance of a subtree: one row per unit directly below "
        + "the chosen one (counting its whole subtree), a row for the chosen unit's own obligations when it has any, "
        + "and the total")
public record ComplianceResponse(UUID orgUnitId, @Schema(examples = "Tỉnh ủy Vĩnh Phúc") String orgUnitName,
        @Schema(examples = "2025-Q1",
                description = "The period; absent: every period started by asOf in asOf's year") String period,
        UUID scheduleId, LocalDate asOf, List<Row> rows, Row total) {

    @Schema(name = "ReportComplianceRow")
    public record Row(UUID unitId, @Schema(examples = "Huyện ủy Tam Dương") String unitName,
            @Schema(description = "The chosen unit's own obligations (not its subtree's)") boolean itself,
            long submittedOnTime, long submittedLate, long missing, long notYetDue, long total) {

        static Row of(UUID unitId, String unitName, boolean itself, ReportCompliance.Counts c) {
            return new Row(unitId, unitName, itself, c.onTime(), c.late(), c.missing(), c.notYetDue(), c.total());
        }
    }

    static ComplianceResponse of(ReportCompliance.View v) {
        return new ComplianceResponse(v.orgUnitId(), v.orgUnitName(), v.period() == null ? null : v.period().code(),
                v.scheduleId(), v.asOf(), v.lines().stream().map(l -> Row.of(l.unitId(), l.unitName(), l.itself(),
                l.counts())).toList(), Row.of(null, "Tổng cộng", false, v.total()));
    }
}
