package vn.tochuc.task.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.persistence.SqlValues;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.period.Period;
import vn.tochuc.task.period.PeriodKind;
import vn.tochuc.task.reporting.ReportCompliance;
import vn.tochuc.task.target.TargetShare;
import vn.tochuc.task.target.TargetStatuses;
import vn.tochuc.task.task.Timeliness;
import vn.tochuc.task.task.TimelinessRule;

/**
 * The evaluation of a unit for a period, as of a day: its subtree's tasks by timeliness, the targets that apply to
 * it met or exceeded, its subtree's periodic reports on time, and the band these suggest under the configured
 * thresholds; optionally the same for each unit directly below it. Tasks counted: led by a unit of the subtree, not
 * draft or cancelled, assigned by the day, and due in the period or accepted in it (by the day); their timeliness is
 * the task rule's ({@link TimelinessRule}) as of the day. One SQL statement counts the tasks of every line.
 */
@ApplicationScoped
public class UnitEvaluations {

    /** A subtree's counted tasks by timeliness as of the day. */
    public record TaskCounts(long completedOnTime, long completedLate, long inProgressWithinDeadline, long overdue) {

        static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0);

        public long counted() {
            return completedOnTime + completedLate + inProgressWithinDeadline + overdue;
        }

        /** {@code part} of the counted tasks, to 4 decimal places; null when none is counted. */
        public BigDecimal share(long part) {
            return counted() == 0 ? null : ratio(part, counted());
        }
    }

    /** One unit's evaluation: its subtree's tasks and reports, the targets that apply to it, the band suggested. */
    public record Line(UUID unitId, String unitName, TaskCounts tasks, TargetShare targets,
            ReportCompliance.Counts reports, BigDecimal targetsMetShare, BigDecimal reportsOnTimeShare,
            RatingBand suggestedRating, String ratingBasis) {
    }

    /** The chosen unit's line and, with the breakdown, one line per unit directly below it (by name). */
    public record Evaluation(UUID orgUnitId, String orgUnitName, Period period, LocalDate asOf, Line unit,
            List<Line> children) {
    }

    static final String COUNTS = """
            with recursive below(branch, id, depth) as (
                select u.id, u.id, 1 from org_unit_view u where u.parent_id = :root
                union all
                select b.branch, c.id, b.depth + 1 from org_unit_view c join below b on c.parent_id = b.id
                where b.depth < 50),
            members(branch, id) as (
                select cast(:root as uuid), cast(:root as uuid)
                union all
                select cast(:root as uuid), id from below
                union all
                select branch, id from below where :breakdown)
            select m.branch,
                   count(*) filter (where %s),
                   count(*) filter (where %s),
                   count(*) filter (where %s),
                   count(*) filter (where %s)
            from members m join task t on t.lead_unit_id = m.id
            where t.status not in ('DRAFT', 'CANCELLED') and t.assigned_on <= :asOf
              and (t.deadline between :start and :end
                   or (t.status = 'COMPLETED' and t.completed_on between :start and :end and t.completed_on <= :asOf))
            group by m.branch""".formatted(
            TimelinessRule.sql(Timeliness.COMPLETED_ON_TIME, "t.", ":asOf"),
            TimelinessRule.sql(Timeliness.COMPLETED_LATE, "t.", ":asOf"),
            TimelinessRule.sql(Timeliness.IN_PROGRESS_WITHIN_DEADLINE, "t.", ":asOf"),
            TimelinessRule.sql(Timeliness.OVERDUE, "t.", ":asOf"));

    private final UnitAccess access;
    private final TargetStatuses targets;
    private final ReportCompliance reports;
    private final EvaluationThresholds thresholds;
    private final EntityManager em;

    UnitEvaluations(UnitAccess access, TargetStatuses targets, ReportCompliance reports,
            EvaluationThresholds thresholds, EntityManager em) {
        this.access = access;
        this.targets = targets;
        this.reports = reports;
        this.thresholds = thresholds;
        this.em = em;
    }

    public EvaluationThresholds thresholds() {
        return thresholds;
    }

    /** The unit must be known and in the caller's scope (404 otherwise, as if it did not exist). */
    @Transactional
    public Evaluation evaluate(UUID orgUnitId, Period period, LocalDate asOf, boolean breakdown) {
        OrgUnitView root = OrgUnitView.findById(orgUnitId);
        if (root == null || !access.covers(orgUnitId)) {
            throw ProblemException.notFound("org unit", orgUnitId);
        }
        Map<UUID, TaskCounts> counts = counts(orgUnitId, period, asOf, breakdown);
        Line unit = line(root, counts.getOrDefault(root.id, TaskCounts.NONE), period, asOf);
        List<Line> children = new ArrayList<>();
        if (breakdown) {
            OrgUnitView.<OrgUnitView>list("parentId", orgUnitId).stream()
                    .filter(u -> "ACTIVE".equals(u.status) || counts.containsKey(u.id))
                    .sorted(Comparator.comparing((OrgUnitView u) -> u.name).thenComparing(u -> u.id))
                    .forEach(u -> children.add(line(u, counts.getOrDefault(u.id, TaskCounts.NONE), period, asOf)));
        }
        return new Evaluation(root.id, root.name, period, asOf, unit, children);
    }

    private Line line(OrgUnitView unit, TaskCounts tasks, Period period, LocalDate asOf) {
        TargetShare share = targets.shareMetOrExceeded(unit.id, period, asOf);
        BigDecimal targetsMet = share.targets() == 0 ? null : ratio(share.metOrExceeded(), share.targets());
        ReportCompliance.Counts due = reportsWithin(unit.id, period, asOf);
        BigDecimal reportsOnTime = due.onTimeShare() == null ? null
                : ratio(due.onTime(), due.onTime() + due.late() + due.missing());
        RatingRule.Suggestion suggestion = RatingRule.suggest(thresholds, tasks.share(tasks.completedOnTime()),
                tasks.overdue(), targetsMet);
        return new Line(unit.id, unit.name, tasks, share, due, targetsMet, reportsOnTime, suggestion.band(),
                suggestion.basis());
    }

    /** The obligations of every reporting period within {@code period} (a year: its halves and quarters too). */
    private ReportCompliance.Counts reportsWithin(UUID unit, Period period, LocalDate asOf) {
        long onTime = 0;
        long late = 0;
        long missing = 0;
        long notYetDue = 0;
        for (Period p : periodsWithin(period)) {
            ReportCompliance.Counts c = reports.countsFor(unit, p, asOf);
            onTime += c.onTime();
            late += c.late();
            missing += c.missing();
            notYetDue += c.notYetDue();
        }
        return new ReportCompliance.Counts(onTime, late, missing, notYetDue);
    }

    static List<Period> periodsWithin(Period period) {
        List<Period> periods = new ArrayList<>(List.of(period));
        if (period.kind() == PeriodKind.YEAR) {
            periods.add(Period.half(period.year(), 1));
            periods.add(Period.half(period.year(), 2));
        }
        if (period.kind() != PeriodKind.QUARTER) {
            int first = period.kind() == PeriodKind.HALF_YEAR ? period.number() * 2 - 1 : 1;
            int last = period.kind() == PeriodKind.HALF_YEAR ? period.number() * 2 : 4;
            for (int q = first; q <= last; q++) {
                periods.add(Period.quarter(period.year(), q));
            }
        }
        return periods;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, TaskCounts> counts(UUID root, Period period, LocalDate asOf, boolean breakdown) {
        // As for the task grid: the planner cannot size the recursive walk and compiling (JIT) costs more than running.
        em.createNativeQuery("set local jit = off").executeUpdate();
        List<Object[]> rows = em.createNativeQuery(COUNTS).setParameter("root", root)
                .setParameter("breakdown", breakdown).setParameter("asOf", asOf)
                .setParameter("start", period.start()).setParameter("end", period.end()).getResultList();
        Map<UUID, TaskCounts> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put(SqlValues.uuid(r[0]),
                    new TaskCounts(number(r[1]), number(r[2]), number(r[3]), number(r[4])));
        }
        return counts;
    }

    static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
