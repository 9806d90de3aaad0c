package vn.tochuc.cadre.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "One change to a record (nhật ký thay đổi)")
public record AuditEntryResponse(
        @Schema(examples = "UPDATED") String action,
        @Schema(examples = "tran.viet.cuong",
                description = "Who made the change (the subject of the caller's token)") String actor,
        @Schema(examples = "9f2c4b1e-3a57-4e8d-b6a0-7d1e5c2f8a94") String requestId,
        OffsetDateTime at,
        @Schema(description = "Each changed field: {\"from\": old, \"to\": new}") JsonNode changes) {
}
