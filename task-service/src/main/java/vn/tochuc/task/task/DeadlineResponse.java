package vn.tochuc.task.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskDeadline", description = "A deadline the task had; extensionId names the extension that set it")
public record DeadlineResponse(LocalDate deadline, LocalDate setOn, @Schema(examples = "tran.viet.cuong") String setBy,
        UUID extensionId,
        OffsetDateTime recordedAt) {

    static DeadlineResponse of(TaskDeadline d) {
        return new DeadlineResponse(d.deadline, d.setOn, d.setBy, d.extensionId, d.recordedAt);
    }
}
