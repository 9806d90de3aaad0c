package vn.tochuc.task.reporting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.task.period.PeriodKind;

@Schema(name = "ReportSchedule")
public record ScheduleResponse(UUID id, UUID requestingUnitId,
        @Schema(examples = "Báo cáo quý công tác tổ chức xây dựng Đảng") String subject, UUID sourceDocumentId,
        PeriodKind periodKind, ReportAudience audience,
        @Schema(examples = "GRASSROOTS_PARTY_COMMITTEE") String unitKind, List<UUID> units, int dueDaysAfterEnd,
        ScheduleStatus status, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static ScheduleResponse of(ReportSchedule s) {
        return new ScheduleResponse(s.id, s.requestingUnitId, s.subject, s.sourceDocumentId, s.periodKind, s.audience,
                s.audienceUnitKind, s.listedUnits.stream().sorted().toList(), s.dueDaysAfterEnd, s.status, s.version,
                s.createdAt, s.updatedAt);
    }
}
