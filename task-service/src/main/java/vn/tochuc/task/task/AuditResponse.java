package vn.tochuc.task.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.task.audit.AuditEntry;

@Schema(name = "TaskAuditEntry", description = "One change of the task: who, when, from which request, what")
public record AuditResponse(UUID id, String action, @Schema(examples = "tran.viet.cuong") String actor,
        @Schema(examples = "9f2c4b1e-3a57-4e8d-b6a0-7d1e5c2f8a94") String requestId, OffsetDateTime at,
        @Schema(description = "What changed, as recorded") JsonNode detail) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static AuditResponse of(AuditEntry e) {
        return new AuditResponse(e.id, e.action, e.actor, e.requestId, e.at, detail(e.detail));
    }

    private static JsonNode detail(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The audit trail holds JSON it wrote itself", e);
        }
    }
}
