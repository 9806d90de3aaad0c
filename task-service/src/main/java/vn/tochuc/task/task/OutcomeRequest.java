package vn.tochuc.task.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskOutcomeRequest")
public record OutcomeRequest(
        @NotBlank @Size(max = 20) @Schema(description = "2024 (year), 2024-H1 or 2024-Q1", examples = "2024")
        String period,
        @NotNull OutcomeGrade grade,
        @Schema(examples = "Hoàn thành đúng hạn") @Size(max = 2000) String note) {
}
