package vn.tochuc.task.document;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A document to record. The issuer is a unit of the tree ({@code issuerUnitId}) or an outside body by name
 * ({@code issuerName}, e.g. "Ban Chấp hành Trung ương"); {@code replacesVersion} is the version of the replaced
 * document the caller read, so a replacement never lands on a document changed meanwhile.
 */
public record NewDocument(String numberSymbol, DocumentKind kind, String title, UUID issuerUnitId, String issuerName,
        LocalDate issuedOn, String term, UUID replacesId, Long replacesVersion) {
}
