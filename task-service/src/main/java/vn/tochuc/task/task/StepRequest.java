package vn.tochuc.task.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskStepRequest", description = "A status step; RETURN, MARK_NOT_COMPLETED, CANCEL and HOLD need a "
        + "reason.")
public record StepRequest(@NotNull TaskStep step,
        @Schema(examples = "Chưa có báo cáo kết quả đại hội cấp cơ sở") @Size(max = 2000) String reason,
        @Schema(description = "To record an ACCEPT taken in the past (province-wide roles only): the day it took "
                + "effect, not after today nor before the task was assigned; today when absent",
                examples = "2024-12-27") LocalDate on) {
}
