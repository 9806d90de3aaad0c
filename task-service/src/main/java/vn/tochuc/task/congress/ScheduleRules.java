package vn.tochuc.task.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * Judges a planned congress date by the rule version in force on that date: before the level's deadline, before the
 * congress of the nearest unit above that has a date (by the rule's days), and after the congresses of the units
 * below (by their rules). A refusal is a 422 naming the version and its legal basis.
 */
@ApplicationScoped
class ScheduleRules {

    /** Deep enough for any real hierarchy, bounded against a cycle in bad data (as OrgUnitTree). */
    private static final int MAX_DEPTH = 50;

    private final EntityManager em;

    ScheduleRules(EntityManager em) {
        this.em = em;
    }

    void check(CongressPlan plan, OrgUnitView unit, LocalDate day, RuleBook rules) {
        CongressRuleSet version = rules.on(day).orElseThrow(() -> new ProblemException(422, "no-congress-rules",
                rules.versions().isEmpty()
                        ? ProblemText.of("no-congress-rules.on").with("term", plan.term).with("date", day)
                                .with("rule", CongressSchedules.code(plan.term))
                        : ProblemText.of("no-congress-rules.before").with("term", plan.term).with("date", day)
                                .with("first", rules.versions().get(0).validFrom)));
        LevelRule rule = version.ruleFor(unit.kind).orElseThrow(() -> new ProblemException(422,
                "no-congress-for-level", ProblemText.of("no-congress-for-level.version").with("version", cited(version))
                        .with("date", day).with("kind", unit.kind).with("unit", unit.name)));
        if (day.isAfter(rule.deadline)) {
            throw new ProblemException(422, "congress-after-deadline", ProblemText.of("congress-after-deadline")
                    .with("unit", unit.name).with("date", day).with("deadline", rule.deadline)
                    .with("version", cited(version)).with("kind", unit.kind));
        }
        if (rule.beforeSuperior) {
            superiorPlan(unit.id, plan.term).ifPresent(superior -> {
                LocalDate latest = superior.congressDay().minusDays(rule.minDaysBeforeSuperior);
                if (day.isAfter(latest)) {
                    OrgUnitView above = OrgUnitView.findById(superior.unitId);
                    throw new ProblemException(422, "congress-after-superior", ProblemText.of("congress-after-superior")
                            .with("unit", unit.name).with("date", day).with("days", rule.minDaysBeforeSuperior)
                            .with("superior", above == null ? superior.unitId : above.name)
                            .with("superiorDate", superior.congressDay()).with("version", cited(version))
                            .with("latest", latest));
                }
            });
        }
        List<Object[]> later = laterSubordinates(unit.id, plan.term, day);
        if (!later.isEmpty()) {
            Object[] first = later.get(0);
            throw new ProblemException(422, "congress-before-subordinates",
                    ProblemText.of("congress-before-subordinates")
                    .with("unit", unit.name).with("date", day).with("count", later.size()).with("below", first[1])
                    .with("belowDate", first[2]).with("version", first[3]).with("days", first[4]));
        }
    }

    /** The plan of the nearest unit above that has a congress day (held or planned), if any. */
    @SuppressWarnings("unchecked")
    private java.util.Optional<CongressPlan> superiorPlan(UUID unitId, String term) {
        List<Object> ids = em.createNativeQuery("""
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from org_unit_view where id = ?1
                    union all
                    select u.id, u.parent_id, up.depth + 1 from org_unit_view u join up on u.id = up.parent_id
                    where up.depth < ?3)
                select p.id from up join congress_plan p on p.unit_id = up.id and p.term = ?2
                where up.depth > 0 and coalesce(p.held_on, p.planned_date) is not null
                order by up.depth limit 1""")
                .setParameter(1, unitId).setParameter(2, term).setParameter(3, MAX_DEPTH).getResultList();
        return ids.stream().findFirst().map(id -> CongressPlan.findById(UUID.fromString(id.toString())));
    }

    /**
     * Congresses below the unit that its own rule wants earlier than {@code day} by more days than they are: unit
     * id, name, congress day, rule label, days required; latest first.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> laterSubordinates(UUID unitId, String term, LocalDate day) {
        return em.createNativeQuery("""
                with recursive below(id, depth) as (
                    select id, 0 from org_unit_view where id = ?1
                    union all
                    select c.id, b.depth + 1 from org_unit_view c join below b on c.parent_id = b.id
                    where b.depth < ?3)
                select v.id, v.name, coalesce(p.held_on, p.planned_date),
                       s.basis_document || ' (' || coalesce(s.basis_issued_on::text, '') || ')',
                       (r.level ->> 'minDaysBeforeSuperior')::int
                from below
                join congress_plan p on p.unit_id = below.id and p.term = ?2
                join org_unit_view v on v.id = below.id
                join rule_version s on s.id = p.rule_version_id
                cross join lateral jsonb_array_elements(s.rule_values -> 'levels') as r(level)
                where below.depth > 0 and r.level ->> 'unitKind' = v.kind
                  and (r.level ->> 'beforeSuperior')::boolean
                  and coalesce(p.held_on, p.planned_date) + (r.level ->> 'minDaysBeforeSuperior')::int > ?4
                order by coalesce(p.held_on, p.planned_date) desc limit 20""")
                .setParameter(1, unitId).setParameter(2, term).setParameter(3, MAX_DEPTH).setParameter(4, day)
                .getResultList();
    }

    /** The version as a refusal names it, in the caller's language. */
    static ProblemText cited(CongressRuleSet version) {
        return ProblemText.of(version.toConfirm ? "rule-version.to-confirm" : "rule-version").with("name", version.name)
                .with("id", version.id).with("basis", version.label());
    }

    static String describe(CongressRuleSet version) {
        return "\"" + version.name + "\" (" + version.id + ", legal basis " + version.label()
                + (version.toConfirm ? ", to confirm" : "") + ")";
    }
}
