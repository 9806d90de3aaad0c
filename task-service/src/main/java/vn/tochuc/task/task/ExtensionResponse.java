package vn.tochuc.task.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskExtension")
public record ExtensionResponse(UUID id, UUID taskId, LocalDate previousDeadline, LocalDate requestedDeadline,
        @Schema(examples = "Chờ hướng dẫn sắp xếp tổ chức bộ máy sau 01/7/2025")
        String reason, ExtensionStatus status, @Schema(examples = "tran.viet.cuong") String requestedBy,
        OffsetDateTime requestedAt, @Schema(examples = "tran.viet.cuong") String decidedBy,
        LocalDate decidedOn, @Schema(examples = "Đồng ý gia hạn đến 30/9/2025") String decisionNote) {

    static ExtensionResponse of(TaskExtension e) {
        return new ExtensionResponse(e.id, e.taskId, e.previousDeadline, e.requestedDeadline, e.reason, e.status,
                e.requestedBy, e.requestedAt, e.decidedBy, e.decidedOn, e.decisionNote);
    }
}
