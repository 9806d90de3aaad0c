package vn.tochuc.task.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.audit.AuditTrail;

/**
 * The versions of the congress schedule rules. Only province-wide roles issue them; every role reads them. Issuing
 * or replacing a version recomputes the plans of its term in the same transaction ({@link CongressPlans#recompute}),
 * so no plan is ever judged by rules that no longer apply.
 */
@ApplicationScoped
public class CongressRules {

    private static final String ENTITY = "congress-rule-set";

    private final UnitAccess access;
    private final CongressPlans plans;
    private final CongressEvents events;
    private final AuditTrail audit;

    CongressRules(UnitAccess access, CongressPlans plans, CongressEvents events, AuditTrail audit) {
        this.access = access;
        this.plans = plans;
        this.events = events;
        this.audit = audit;
    }

    /** What issuing did: the new version, and how many plans of its term it changed. */
    public record Issued(CongressRuleSet rules, int plansRecomputed) {
    }

    @Transactional
    public Issued issue(NewRuleSet r, Actor actor) {
        access.requireProvinceWide("issue congress schedule rules");
        requireDistinctKinds(r.levels());
        if (r.validFrom().isBefore(r.basisDate())) {
            throw ProblemException.invalid("validFrom", "must not be before basisDate (" + r.basisDate() + "): rules "
                    + "apply from the day their document is issued or later");
        }
        CongressRuleSet replaced = r.replacesId() == null ? null : replaceable(r);
        CongressRuleSet.<CongressRuleSet>find("term = ?1 and validFrom = ?2 and status = ?3", r.term(), r.validFrom(),
                RuleSetStatus.IN_FORCE).stream()
                .filter(other -> replaced == null || !other.id.equals(replaced.id)).findFirst()
                .ifPresent(other -> {
                    throw ProblemException.conflict("rule-version-exists", "Version " + other.label() + " (" + other.id
                            + ") already applies to term " + r.term() + " from " + r.validFrom() + "; replace it "
                            + "(replacesId with If-Match) or choose another validFrom.");
                });
        CongressRuleSet set = CongressRuleSet.issue(r);
        if (replaced != null) {
            replaced.replacedBy(set);
            CongressRuleSet.flush(); // the old version leaves the partial unique index before the new one enters
        }
        set.persist();
        CongressRuleSet.flush();
        if (replaced != null) {
            events.rulesReplaced(replaced);
            audit.record(ENTITY, replaced.id, "REPLACED", actor, CongressEvents.RulesData.of(replaced));
        }
        events.rulesIssued(set);
        audit.record(ENTITY, set.id, "ISSUED", actor, CongressEvents.RulesData.of(set));
        return new Issued(set, plans.recompute(r.term(), actor));
    }

    public CongressRuleSet get(UUID id) {
        return CongressRuleSet.<CongressRuleSet>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("congress rule version", id));
    }

    /** Versions of a term (or all), replaced ones only when asked, by first day then id. */
    public List<CongressRuleSet> list(String term, boolean includeReplaced, java.time.LocalDate afterValidFrom,
            UUID afterId, int limit) {
        Filters filters = new Filters().and("term = :term", "term", term)
                .and("status = :status", "status", includeReplaced ? null : RuleSetStatus.IN_FORCE);
        filters.after("validFrom", afterValidFrom, afterId);
        return CongressRuleSet.<CongressRuleSet>find(filters.orderedBy("validFrom"), filters.params())
                .page(0, limit + 1).list();
    }

    private CongressRuleSet replaceable(NewRuleSet r) {
        CongressRuleSet old = CongressRuleSet.findById(r.replacesId());
        if (old == null) {
            throw new ProblemException(422, "unknown-rule-version", "No rule version " + r.replacesId() + " to "
                    + "replace (replacesId); find it with GET /api/v1/congress-rules.");
        }
        EntityVersions.requireMatch(r.replacesVersion(), old.version);
        old.requireInForce();
        return old;
    }

    private static void requireDistinctKinds(List<NewRuleSet.Level> levels) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            if (!seen.add(levels.get(i).unitKind())) {
                throw ProblemException.invalid("levels[" + i + "].unitKind", "names " + levels.get(i).unitKind()
                        + " a second time; give one rule per kind of unit");
            }
        }
    }
}
