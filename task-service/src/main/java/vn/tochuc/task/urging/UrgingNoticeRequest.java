package vn.tochuc.task.urging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UrgingNoticeRequest", description = "An urging notice (công văn đôn đốc) for late tasks the issuing "
        + "unit assigned.")
public record UrgingNoticeRequest(
        @NotNull @Schema(description = "The unit issuing the notice: the tasks' assigning unit or a unit above it, "
                + "in your scope") UUID issuingUnitId,
        @NotEmpty(message = "must name at least one task")
        @Size(max = UrgingNoticeRequest.MAX_TASKS, message = "must name at most " + UrgingNoticeRequest.MAX_TASKS
                + " tasks; issue several notices for more")
        @Schema(description = "Tasks overdue or due soon (see the decisions), each once; at most 500")
        List<@NotNull(message = "must be a task id") UUID> taskIds,
        @NotBlank @Size(max = 10000) @Schema(examples = "Đề nghị Ban Tổ chức Huyện ủy khẩn trương hoàn thành và báo "
                + "cáo kết quả trước ngày 15/3/2025.") String text,
        @Schema(description = "The day the lead units are asked to answer by (not before today)",
                examples = "2025-03-15") LocalDate responseDeadline) {

    static final int MAX_TASKS = 500;

    NewUrgingNotice toCommand() {
        return new NewUrgingNotice(issuingUnitId, taskIds, text, responseDeadline);
    }
}
