package vn.tochuc.cadre.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.RestrictedRead;

@Schema(name = "RestrictedRead", description = "One read of restricted data: who read what about whom, and when")
public record RestrictedReadResponse(long id, UUID personId, RestrictedRead.Kind kind,
        @Schema(description = "The note read, for PROTECTION_NOTE") UUID noteId, String actor,
        @Schema(description = "The reader's roles then, comma-separated") String roles, String requestId,
        OffsetDateTime at) {

    static RestrictedReadResponse of(RestrictedRead r) {
        return new RestrictedReadResponse(r.id, r.personId, r.kind, r.noteId, r.actor, r.roles, r.requestId, r.at);
    }
}
