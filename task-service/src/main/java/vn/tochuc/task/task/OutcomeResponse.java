package vn.tochuc.task.task;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskOutcome")
public record OutcomeResponse(UUID id, UUID taskId, String period, OutcomeGrade grade, String note, String gradedBy,
        OffsetDateTime gradedAt) {

    static OutcomeResponse of(TaskOutcome o) {
        return new OutcomeResponse(o.id, o.taskId, o.periodCode, o.grade, o.note, o.gradedBy, o.gradedAt);
    }
}
