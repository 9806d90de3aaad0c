package vn.tochuc.cadre.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.RestrictedRead;

@Schema(name = "RestrictedRead", description = "One read of restricted data: who read what about whom, and when")
public record RestrictedReadResponse(long id, UUID personId, RestrictedRead.Kind kind,
        @Schema(description = "The note read, for PROTECTION_NOTE") UUID noteId,
        @Schema(examples = "tran.viet.cuong") String actor,
        @Schema(examples = "protection-officer", description = "The reader's roles then, comma-separated") String roles,
        @Schema(examples = "9f2c4b1e-3a57-4e8d-b6a0-7d1e5c2f8a94") String requestId,
        OffsetDateTime at) {

    static RestrictedReadResponse of(RestrictedRead r) {
        return new RestrictedReadResponse(r.id, r.personId, r.kind, r.noteId, r.actor, r.roles, r.requestId, r.at);
    }
}
