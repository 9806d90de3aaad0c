package vn.tochuc.task.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskExtensionRequest")
public record ExtensionRequest(
        @NotNull @Schema(description = "Later than the current deadline, not after the parent task's")
        LocalDate newDeadline,
        @Schema(examples = "Chờ hướng dẫn sắp xếp tổ chức bộ máy sau 01/7/2025")
        @NotBlank @Size(max = 2000) String reason) {
}
