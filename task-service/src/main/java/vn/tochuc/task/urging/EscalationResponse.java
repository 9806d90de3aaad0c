package vn.tochuc.task.urging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UrgingEscalation", description = "A task reported to the level above after its N-th urging notice")
public record EscalationResponse(UUID id, UUID taskId, UUID noticeId, UUID issuingUnitId, UUID addressedUnitId,
        int noticeCount, LocalDate escalatedOn, OffsetDateTime escalatedAt) {

    static EscalationResponse of(UrgingEscalation e) {
        return new EscalationResponse(e.id, e.taskId, e.noticeId, e.issuingUnitId, e.addressedUnitId, e.noticeCount,
                e.escalatedOn, e.escalatedAt);
    }
}
