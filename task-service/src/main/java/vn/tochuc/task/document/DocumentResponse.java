package vn.tochuc.task.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceDocument")
public record DocumentResponse(UUID id, @Schema(examples = "01-NQ/ĐH") String numberSymbol, DocumentKind kind,
        @Schema(examples = "Nghị quyết Đại hội Đảng bộ tỉnh Vĩnh Phúc lần thứ XVII, nhiệm kỳ 2020-2025") String title,
        UUID issuerUnitId,
        @Schema(examples = "Tỉnh ủy Vĩnh Phúc")
        String issuerName, LocalDate issuedOn, @Schema(examples = "2020-2025") String term, DocumentStatus status,
        UUID replacesId, UUID replacedById,
        long version, OffsetDateTime updatedAt) {

    static DocumentResponse of(SourceDocument d) {
        return new DocumentResponse(d.id, d.numberSymbol, d.kind, d.title, d.issuerUnitId, d.issuerName, d.issuedOn,
                d.term, d.status, d.replacesId, d.replacedById, d.version, d.updatedAt);
    }
}
