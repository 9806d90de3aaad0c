package vn.tochuc.task.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceDocument")
public record DocumentResponse(UUID id, String numberSymbol, DocumentKind kind, String title, UUID issuerUnitId,
        String issuerName, LocalDate issuedOn, String term, DocumentStatus status, UUID replacesId, UUID replacedById,
        long version, OffsetDateTime updatedAt) {

    static DocumentResponse of(SourceDocument d) {
        return new DocumentResponse(d.id, d.numberSymbol, d.kind, d.title, d.issuerUnitId, d.issuerName, d.issuedOn,
                d.term, d.status, d.replacesId, d.replacedById, d.version, d.updatedAt);
    }
}
