package vn.tochuc.task.congress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.rules.NewRuleVersion;
import vn.tochuc.platform.rules.RuleBasis;
import vn.tochuc.platform.rules.RuleSet;
import vn.tochuc.platform.rules.RuleVersionRecorded;
import vn.tochuc.platform.rules.Rules;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.audit.AuditTrail;

/**
 * The versions of the congress schedule rules, kept on platform-rules ({@link CongressSchedules}). A version
 * recorded by any way in (this class's {@link #issue}, behind {@code /api/v1/congress-rules}; an administrator's
 * {@code POST /api/v1/rules/task/task.congress-schedule.<term>/versions}; a seed of a new release) recomputes the
 * plans of its term in the same transaction ({@link CongressPlans#recompute}), so no plan is ever judged by rules
 * that no longer apply, and is published as congress.rules-issued (and the version it corrects as rules-replaced).
 */
@ApplicationScoped
public class CongressRules {

    private static final String ENTITY = "congress-rule-set";

    private final UnitAccess access;
    private final CongressPlans plans;
    private final CongressEvents events;
    private final AuditTrail audit;
    private final CongressSchedules schedules;
    private final Rules rules;
    private final ObjectMapper json;
    /** Set by {@link #issue} around its recording, so the observer can tell it how many plans changed. */
    private final ThreadLocal<int[]> recomputed = new ThreadLocal<>();

    CongressRules(UnitAccess access, CongressPlans plans, CongressEvents events, AuditTrail audit,
            CongressSchedules schedules, Rules rules, ObjectMapper json) {
        this.access = access;
        this.plans = plans;
        this.events = events;
        this.audit = audit;
        this.schedules = schedules;
        this.rules = rules;
        this.json = json;
    }

    /** What issuing did: the new version, and how many plans of its term it changed. */
    public record Issued(CongressRuleSet rules, int plansRecomputed) {
    }

    /**
     * Issues a version as the older congress-rules API has it: province-wide roles; a version of a term with the
     * same first day as one in force is 409 unless it replaces that one ({@code replacesId} and If-Match), and a
     * correction keeps the first day of the version it corrects (platform-rules' reading of a correction).
     */
    @Transactional
    public Issued issue(NewRuleSet r, Actor actor) {
        access.requireProvinceWide("issue congress schedule rules");
        requireDistinctKinds(r.levels());
        if (r.validFrom().isBefore(r.basisDate())) {
            throw ProblemException.invalid("validFrom", ProblemText.of("field.before-basis")
                    .with("date", r.basisDate()));
        }
        CongressRuleSet replaced = r.replacesId() == null ? null : replaceable(r);
        RuleSet rule = rules.define(CongressSchedules.code(r.term()), "Lịch đại hội đảng bộ các cấp nhiệm kỳ "
                + r.term(), "Per kind of unit: the deadline of its congress, whether it comes before the "
                + "superior's and by how many days, the lead times (working days) of the plan, the documents and the "
                + "personnel plan, whether a congress is recorded held only after the personnel plan, the default "
                + "congress type. The version in force on the congress day judges it.");
        if (replaced == null) {
            schedules.versions(r.term()).stream()
                    .filter(v -> v.status == RuleSetStatus.IN_FORCE && v.validFrom.equals(r.validFrom()))
                    .findFirst().ifPresent(other -> {
                        throw ProblemException.conflict("rule-version-exists", ProblemText.of("rule-version-exists")
                                .with("version", other.label()).with("id", other.id).with("term", r.term())
                                .with("date", r.validFrom()));
                    });
        }
        JsonNode values = json.valueToTree(new CongressRuleSet.Values(r.name(),
                r.levels().stream().map(LevelRule::of).toList()));
        NewRuleVersion version = new NewRuleVersion(r.validFrom(), null,
                new RuleBasis(r.basisNumber(), r.basisDate(), null, null), false, r.basisNote(), values);
        int[] count = new int[1];
        recomputed.set(count);
        try {
            // The rule row is locked (define); its ETag is taken as read, the checks above being this API's own.
            UUID id = rules.add(rule.code, "\"" + rule.version + "\"", version, actor.subject(), actor.requestId()).id;
            return new Issued(schedules.find(id).orElseThrow(), count[0]);
        } finally {
            recomputed.remove();
        }
    }

    /** Every version of a congress schedule, however recorded: publish, audit, recompute the plans of its term. */
    void onRecorded(@Observes RuleVersionRecorded recorded) {
        if (!CongressSchedules.isSchedule(recorded.rule().code)) {
            return;
        }
        String term = CongressSchedules.termOf(recorded.rule().code);
        Actor actor = new Actor(recorded.actor(), recorded.requestId());
        if (recorded.superseded() != null) {
            CongressRuleSet old = schedules.find(recorded.superseded().id).orElseThrow();
            events.rulesReplaced(old);
            audit.record(ENTITY, old.id, "REPLACED", actor, CongressEvents.RulesData.of(old));
        }
        CongressRuleSet issued = schedules.find(recorded.version().id).orElseThrow();
        events.rulesIssued(issued);
        audit.record(ENTITY, issued.id, "ISSUED", actor, CongressEvents.RulesData.of(issued));
        int changed = plans.recompute(term, actor);
        int[] count = recomputed.get();
        if (count != null) {
            count[0] = changed;
        }
    }

    public CongressRuleSet get(UUID id) {
        return schedules.find(id).orElseThrow(() -> ProblemException.notFound("congress rule version", id));
    }

    /** Versions of a term (or all), replaced ones only when asked, by first day then id. */
    public List<CongressRuleSet> list(String term, boolean includeReplaced, LocalDate afterValidFrom, UUID afterId,
            int limit) {
        List<CongressRuleSet> all = term == null ? schedules.all() : schedules.versions(term);
        return all.stream()
                .filter(v -> includeReplaced || v.status == RuleSetStatus.IN_FORCE)
                .sorted(Comparator.comparing((CongressRuleSet v) -> v.validFrom).thenComparing(v -> v.id))
                .filter(v -> afterValidFrom == null || v.validFrom.isAfter(afterValidFrom)
                        || (v.validFrom.equals(afterValidFrom) && afterId != null && v.id.compareTo(afterId) > 0))
                .limit(limit + 1L).toList();
    }

    private CongressRuleSet replaceable(NewRuleSet r) {
        CongressRuleSet old = schedules.find(r.replacesId()).orElseThrow(() -> new ProblemException(422,
                "unknown-rule-version", ProblemText.of("unknown-rule-version").with("id", r.replacesId())));
        if (!old.term.equals(r.term())) {
            throw ProblemException.invalid("term", ProblemText.of("field.replaced-term").with("term", old.term));
        }
        EntityVersions.requireMatch(r.replacesVersion(), old.version);
        old.requireInForce();
        if (!old.validFrom.equals(r.validFrom())) {
            throw ProblemException.invalid("validFrom", ProblemText.of("field.replaced-from")
                    .with("date", old.validFrom));
        }
        return old;
    }

    private static void requireDistinctKinds(List<NewRuleSet.Level> levels) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            if (!seen.add(levels.get(i).unitKind())) {
                throw ProblemException.invalid("levels[" + i + "].unitKind", ProblemText.of("field.kind-twice")
                        .with("kind", levels.get(i).unitKind()));
            }
        }
    }
}
