package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.ProtectionNote;

@Schema(name = "ProtectionNote", description = "A political-protection note; every read of it is recorded")
public record ProtectionNoteResponse(UUID id, UUID personId, ProtectionNote.Category category, String content,
        String source, LocalDate recordedOn, ProtectionNote.Status status, String withdrawnReason, String createdBy,
        OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
        @Schema(description = "The version; also the ETag") long version) {

    public static ProtectionNoteResponse of(ProtectionNote n) {
        return new ProtectionNoteResponse(n.id, n.personId, n.category, n.content, n.source, n.recordedOn, n.status,
                n.withdrawnReason, n.createdBy, n.createdAt, n.updatedBy, n.updatedAt, n.version);
    }
}
