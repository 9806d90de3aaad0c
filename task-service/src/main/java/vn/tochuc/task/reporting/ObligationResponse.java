package vn.tochuc.task.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportObligation", description = "One unit's report for one period of a schedule")
public record ObligationResponse(UUID id, UUID scheduleId,
        @Schema(examples = "Báo cáo quý công tác tổ chức xây dựng Đảng") String subject,
        @Schema(description = "The reporting unit") UUID unitId,
        @Schema(description = "The unit that owed it first, when it passed to a successor") UUID originalUnitId,
        UUID requestingUnitId, @Schema(examples = "2025-Q1") String period, LocalDate periodStart,
        LocalDate periodEnd, LocalDate dueOn, ObligationStatus status,
        @Schema(description = "Derived from the dates as of today (Asia/Ho_Chi_Minh); absent when waived or "
                + "cancelled") ReportTimeliness timeliness,
        int submissionCount, OffsetDateTime firstSubmittedAt,
        @Schema(description = "The submission timeliness counts: the latest, unless it was returned")
        OffsetDateTime submittedAt,
        OffsetDateTime acceptedAt,
        @Schema(examples = "Đơn vị đã kết thúc hoạt động từ 01/7/2025",
                description = "Why it was waived or cancelled") String closedReason,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static ObligationResponse of(ReportObligation o, LocalDate today) {
        return new ObligationResponse(o.id, o.scheduleId, o.subject, o.unitId, o.originalUnitId, o.requestingUnitId,
                o.periodCode, o.periodStart, o.periodEnd, o.dueOn, o.status, o.timeliness(today), o.submissionCount,
                o.firstSubmittedAt, o.countedSubmittedAt, o.acceptedAt, o.closedReason, o.version, o.createdAt,
                o.updatedAt);
    }
}
