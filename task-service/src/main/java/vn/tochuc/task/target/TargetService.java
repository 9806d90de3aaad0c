package vn.tochuc.task.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.document.SourceDocument;

/**
 * Defines targets of source documents and changes their targets. Callers name the owning unit in their scope; a
 * target is read by those acting for its owning unit or for a unit below it.
 *
 * <p>Java API (for the demo loader): {@link #define(NewTarget, Actor)}, {@link #retarget(UUID, String, BigDecimal,
 * Map, Actor)}, {@link #get(UUID)}. Outside an HTTP request, run them in an activated request context whose
 * {@code OrgScope.actOnItsOwnBehalf()} was called.
 *
 * <p>Java API for the succession after restructuring: {@link #passToSuccessor(UUID, UUID, LocalDate, String)}.
 */
@ApplicationScoped
public class TargetService {

    private final UnitAccess units;
    private final TargetAccess access;
    private final TargetEvents events;
    private final AuditTrail audit;

    TargetService(UnitAccess units, TargetAccess access, TargetEvents events, AuditTrail audit) {
        this.units = units;
        this.access = access;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public Target define(NewTarget t, Actor actor) {
        SourceDocument document = SourceDocument.findById(t.documentId());
        if (document == null) {
            throw new ProblemException(422, "unknown-document", ProblemText.of("unknown-document")
                    .with("id", t.documentId()).with("field", "documentId"));
        }
        String term = t.term() != null ? t.term() : document.term;
        if (term == null) {
            throw ProblemException.invalid("term", ProblemText.of("field.document-without-term")
                    .with("document", document.numberSymbol));
        }
        units.requireUnit("ownerUnitId", t.ownerUnitId());
        Target target = Target.define(t, term);
        if (Target.count("documentId = ?1 and code = ?2", target.documentId, target.code) > 0) {
            throw ProblemException.conflict("duplicate-target", ProblemText.of("duplicate-target")
                    .with("document", document.numberSymbol).with("target", target.code)
                    .with("documentId", document.id));
        }
        target.persist();
        Target.flush(); // the version goes into the answer's ETag
        events.defined(target);
        audit.record("target", target.id, "DEFINED", actor, TargetEvents.TargetData.of(target));
        return target;
    }

    /** New term and yearly targets (the yearly ones replace all earlier ones), at the version the caller read. */
    @Transactional
    public Target retarget(UUID id, String ifMatch, BigDecimal termTarget, Map<Integer, BigDecimal> yearlyTargets,
            Actor actor) {
        Target target = access.target(id);
        access.requireOwner(target, "change its targets");
        EntityVersions.requireMatch(ifMatch, target.version);
        target.retarget(termTarget, yearlyTargets);
        Target.flush();
        events.changed(target);
        audit.record("target", target.id, "RETARGETED", actor, TargetEvents.TargetData.of(target));
        return target;
    }

    /**
     * The unit {@code ceasedUnitId} ceased on {@code on}: the targets it owns whose term runs in that year or later
     * pass to {@code successorUnitId}, each with a {@code transferred} event and an audit row naming the first owner.
     * Targets whose term ended before stay with the unit (history). Runs in the caller's transaction, no caller scope.
     *
     * @return the targets passed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Target> passToSuccessor(UUID ceasedUnitId, UUID successorUnitId, LocalDate on, String reason) {
        List<Target> open = Target.list("ownerUnitId = ?1 and termLastYear >= ?2 order by code, id", ceasedUnitId,
                on.getYear());
        for (Target target : open) {
            target.passTo(successorUnitId, on);
            Target.flush();
            TargetEvents.TransferredData data = TargetEvents.TransferredData.of(target, ceasedUnitId, reason);
            events.transferred(data);
            audit.record("target", target.id, "TRANSFERRED", AuditTrail.SYSTEM, data);
        }
        return open;
    }

    public Target get(UUID id) {
        return access.target(id);
    }

    /** Targets the caller sees, by document, owning unit and term, in order of code. */
    public List<Target> list(UUID documentId, UUID ownerUnitId, String term, String afterCode, UUID afterId,
            int limit) {
        Filters filters = new Filters()
                .and("documentId = :document", "document", documentId)
                .and("ownerUnitId = :owner", "owner", ownerUnitId)
                .and("term = :term", "term", term)
                .and("ownerUnitId in :visible", "visible", access.visibleOwnersOrAll());
        filters.after("code", afterCode, afterId);
        return Target.<Target>find(filters.orderedBy("code"), filters.params()).page(0, limit + 1).list();
    }
}
