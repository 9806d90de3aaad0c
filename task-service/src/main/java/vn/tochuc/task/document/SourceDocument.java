package vn.tochuc.task.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.text.VietnameseText;

/** A resolution, directive, conclusion, plan or action programme, with its number and symbol as written. */
@Entity
@Table(name = "source_document")
public class SourceDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "number_symbol", nullable = false)
    public String numberSymbol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind;

    @Column(nullable = false)
    public String title;

    /** Number, symbol and title folded (no case, no diacritics), for search. */
    @Column(name = "search_key", nullable = false)
    public String searchKey;

    @Column(name = "issuer_unit_id")
    public UUID issuerUnitId;

    /** The issuing body as named when the document was issued (a unit's name at the time, or an outside body). */
    @Column(name = "issuer_name", nullable = false)
    public String issuerName;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    /** The term it belongs to, e.g. 2020-2025. */
    public String term;

    @Column(name = "replaces_id")
    public UUID replacesId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentStatus status;

    @Column(name = "replaced_by_id")
    public UUID replacedById;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** A new document in force, issued by the body named (its name as of today for a unit of the tree). */
    static SourceDocument issue(NewDocument d, String issuerName) {
        SourceDocument doc = new SourceDocument();
        doc.id = UUID.randomUUID();
        doc.numberSymbol = d.numberSymbol();
        doc.kind = d.kind();
        doc.title = d.title();
        doc.searchKey = VietnameseText.searchKey(d.numberSymbol() + " " + d.title());
        doc.issuerUnitId = d.issuerUnitId();
        doc.issuerName = issuerName;
        doc.issuedOn = d.issuedOn();
        doc.term = d.term();
        doc.replacesId = d.replacesId();
        doc.status = DocumentStatus.IN_FORCE;
        doc.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        doc.updatedAt = doc.createdAt;
        return doc;
    }

    /** This document stops being in force because {@code successor} replaces it. */
    void replacedBy(SourceDocument successor) {
        if (status != DocumentStatus.IN_FORCE) {
            throw ProblemException.conflict("already-replaced", ProblemText.of("already-replaced.document")
                    .with("number", numberSymbol).with("id", id).with("by", replacedById));
        }
        if (successor.issuedOn.isBefore(issuedOn)) {
            throw ProblemException.invalid("issuedOn", ProblemText.of("field.before-replaced-issue")
                    .with("date", issuedOn).with("number", numberSymbol));
        }
        status = DocumentStatus.REPLACED;
        replacedById = successor.id;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
