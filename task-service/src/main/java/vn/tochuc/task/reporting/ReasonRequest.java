package vn.tochuc.task.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportReasonRequest")
public record ReasonRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "Why: what to correct, or why the report is not needed",
                examples = "Thiếu số liệu kết nạp đảng viên quý I") String reason) {
}
