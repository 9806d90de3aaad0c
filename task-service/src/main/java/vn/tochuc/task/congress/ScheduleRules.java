package vn.tochuc.task.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;

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
                "No schedule rules of term " + plan.term + " are in force on " + day + (rules.versions().isEmpty()
                ? "; issue them with POST /api/v1/congress-rules (rule " + CongressSchedules.code(plan.term) + ")."
                : "; the first version begins on " + rules.versions().get(0).validFrom + ".")));
        LevelRule rule = version.ruleFor(unit.kind).orElseThrow(() -> new ProblemException(422,
                "no-congress-for-level", "Rule version " + describe(version) + ", in force on " + day + ", holds no "
                + "congress for units of kind " + unit.kind + " (" + unit.name + "); choose a date another version "
                + "covers, or issue a version that names this kind."));
        if (day.isAfter(rule.deadline)) {
            throw new ProblemException(422, "congress-after-deadline", "The congress of " + unit.name + " planned "
                    + "on " + day + " falls after " + rule.deadline + ", the deadline rule version "
                    + describe(version) + " sets for units of kind " + unit.kind + "; plan it on or before "
                    + rule.deadline + ".");
        }
        if (rule.beforeSuperior) {
            superiorPlan(unit.id, plan.term).ifPresent(superior -> {
                LocalDate latest = superior.congressDay().minusDays(rule.minDaysBeforeSuperior);
                if (day.isAfter(latest)) {
                    OrgUnitView above = OrgUnitView.findById(superior.unitId);
                    throw new ProblemException(422, "congress-after-superior", "The congress of " + unit.name
                            + " planned on " + day + " must come at least " + rule.minDaysBeforeSuperior + " day(s) "
                            + "before the congress of " + (above == null ? superior.unitId : above.name) + " on "
                            + superior.congressDay() + " (rule version " + describe(version) + ": a unit's congress "
                            + "before its superior's); plan it on or before " + latest + ".");
                }
            });
        }
        List<Object[]> later = laterSubordinates(unit.id, plan.term, day);
        if (!later.isEmpty()) {
            Object[] first = later.get(0);
            throw new ProblemException(422, "congress-before-subordinates", "The congress of " + unit.name
                    + " planned on " + day + " would come before or too soon after " + later.size() + " congress(es) "
                    + "below it, e.g. " + first[1] + " on " + first[2] + ", which its rule version " + first[3]
                    + " requires to be at least " + first[4] + " day(s) earlier; move those first or plan this one "
                    + "later.");
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

    static String describe(CongressRuleSet version) {
        return "\"" + version.name + "\" (" + version.id + ", legal basis " + version.label()
                + (version.toConfirm ? ", to confirm" : "") + ")";
    }
}
