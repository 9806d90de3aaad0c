package vn.tochuc.task.task;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskOutcome")
public record OutcomeResponse(UUID id, UUID taskId, @Schema(examples = "2024") String period, OutcomeGrade grade,
        @Schema(examples = "Hoàn thành đúng hạn") String note, @Schema(examples = "tran.viet.cuong") String gradedBy,
        OffsetDateTime gradedAt) {

    static OutcomeResponse of(TaskOutcome o) {
        return new OutcomeResponse(o.id, o.taskId, o.periodCode, o.grade, o.note, o.gradedBy, o.gradedAt);
    }
}
