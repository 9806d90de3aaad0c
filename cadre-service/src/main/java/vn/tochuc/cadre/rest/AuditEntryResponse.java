package vn.tochuc.cadre.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "One change to a record (nhật ký thay đổi)")
public record AuditEntryResponse(
        @Schema(examples = "UPDATED") String action,
        @Schema(description = "Who made the change (the subject of the caller's token)") String actor,
        String requestId,
        OffsetDateTime at,
        @Schema(description = "Each changed field: {\"from\": old, \"to\": new}") JsonNode changes) {
}
