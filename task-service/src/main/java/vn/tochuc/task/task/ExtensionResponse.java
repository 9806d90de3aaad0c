package vn.tochuc.task.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskExtension")
public record ExtensionResponse(UUID id, UUID taskId, LocalDate previousDeadline, LocalDate requestedDeadline,
        String reason, ExtensionStatus status, String requestedBy, OffsetDateTime requestedAt, String decidedBy,
        LocalDate decidedOn, String decisionNote) {

    static ExtensionResponse of(TaskExtension e) {
        return new ExtensionResponse(e.id, e.taskId, e.previousDeadline, e.requestedDeadline, e.reason, e.status,
                e.requestedBy, e.requestedAt, e.decidedBy, e.decidedOn, e.decisionNote);
    }
}
