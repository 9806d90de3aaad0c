package vn.tochuc.task.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.text.VietnameseText;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.audit.AuditTrail;

/**
 * Records the documents tasks and targets come from. Documents are readable by every role (they are what the
 * tasks cite); recording one needs the issuing unit in the caller's scope, or a province-wide role for an outside
 * body. A replacement and the document it replaces change in one transaction.
 */
@ApplicationScoped
public class DocumentService {

    private final UnitAccess access;
    private final DocumentEvents events;
    private final AuditTrail audit;

    DocumentService(UnitAccess access, DocumentEvents events, AuditTrail audit) {
        this.access = access;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public SourceDocument issue(NewDocument d, Actor actor) {
        String issuerName = issuerName(d);
        SourceDocument replaced = d.replacesId() == null ? null : replaceable(d);
        if (SourceDocument.count("issuerName = ?1 and numberSymbol = ?2", issuerName, d.numberSymbol()) > 0) {
            throw ProblemException.conflict("duplicate-document", ProblemText.of("duplicate-document")
                    .with("issuer", issuerName).with("number", d.numberSymbol()));
        }
        SourceDocument doc = SourceDocument.issue(d, issuerName);
        doc.persist();
        if (replaced != null) {
            replaced.replacedBy(doc);
            SourceDocument.flush();
            events.replaced(replaced);
            audit.record("source-document", replaced.id, "REPLACED", actor, DocumentEvents.DocumentData.of(replaced));
        }
        SourceDocument.flush(); // the version goes into the answer's ETag
        events.issued(doc);
        audit.record("source-document", doc.id, "ISSUED", actor, DocumentEvents.DocumentData.of(doc));
        return doc;
    }

    public SourceDocument get(UUID id) {
        return SourceDocument.<SourceDocument>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("source document", id));
    }

    /** Documents by kind, term and issuer, and by number or title ignoring case and diacritics. */
    public List<SourceDocument> list(DocumentKind kind, String term, UUID issuerUnitId, String query,
            LocalDate afterIssuedOn, UUID afterId, int limit) {
        Filters filters = new Filters()
                .and("kind = :kind", "kind", kind)
                .and("term = :term", "term", term)
                .and("issuerUnitId = :issuer", "issuer", issuerUnitId)
                .and("searchKey like :q", "q", query == null || query.isBlank() ? null
                        : "%" + VietnameseText.searchKey(query) + "%");
        filters.after("issuedOn", afterIssuedOn, afterId);
        return SourceDocument.<SourceDocument>find(filters.orderedBy("issuedOn"), filters.params())
                .page(0, limit + 1).list();
    }

    private String issuerName(NewDocument d) {
        if (d.issuerUnitId() != null) {
            OrgUnitView unit = access.requireUnit("issuerUnitId", d.issuerUnitId());
            return unit.name;
        }
        if (d.issuerName() == null || d.issuerName().isBlank()) {
            throw ProblemException.invalid("issuerName", ProblemText.of("field.issuer"));
        }
        access.requireProvinceWide("record a document of a body outside the tree");
        return d.issuerName().strip();
    }

    private SourceDocument replaceable(NewDocument d) {
        SourceDocument old = SourceDocument.findById(d.replacesId());
        if (old == null) {
            throw new ProblemException(422, "unknown-document", ProblemText.of("unknown-document")
                    .with("id", d.replacesId()).with("field", "replacesId"));
        }
        EntityVersions.requireVersion("replacesVersion", d.replacesVersion(), old.version,
                "document " + old.numberSymbol);
        return old;
    }
}
