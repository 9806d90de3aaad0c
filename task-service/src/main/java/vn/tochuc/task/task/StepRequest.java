package vn.tochuc.task.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskStepRequest", description = "A status step; RETURN, MARK_NOT_COMPLETED, CANCEL and HOLD need a "
        + "reason.")
public record StepRequest(@NotNull TaskStep step, @Size(max = 2000) String reason) {
}
