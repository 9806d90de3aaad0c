package vn.tochuc.task.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.period.Period;

/**
 * Report compliance of a subtree: how many of its units' obligations were submitted on time, late, are missing or
 * not yet due ({@link ReportTimeliness}, stated here in SQL), per unit directly below the chosen one (each counting
 * its whole subtree), the chosen unit's own obligations apart, and the total. Waived and cancelled obligations are
 * not counted. One SQL statement (a recursive CTE over {@code org_unit_view}) per view.
 * <p>
 * <b>Java API for the evaluation feature</b>: {@link #countsFor(UUID, Period, LocalDate)} gives the counts of a
 * unit's subtree for a period as of a day, without any caller scope check (the caller decides who may see them):
 * <pre>{@code
 * ReportCompliance.Counts c = compliance.countsFor(districtId, Period.year(2024), LocalDate.of(2025, 1, 31));
 * c.onTime(); c.late(); c.missing(); c.notYetDue(); c.total(); c.onTimeShare();
 * }</pre>
 */
@ApplicationScoped
public class ReportCompliance {

    /** Counted obligations by timeliness. */
    public record Counts(long onTime, long late, long missing, long notYetDue) {

        public long total() {
            return onTime + late + missing + notYetDue;
        }

        /** Share of the obligations already due (on time, late, missing) that came in on time; null if none due. */
        public Double onTimeShare() {
            long due = onTime + late + missing;
            return due == 0 ? null : (double) onTime / due;
        }

        Counts plus(Counts other) {
            return new Counts(onTime + other.onTime, late + other.late, missing + other.missing,
                    notYetDue + other.notYetDue);
        }
    }

    /** One line of the view: a unit and what its subtree (or, for the chosen unit itself, it alone) counts. */
    public record Line(UUID unitId, String unitName, boolean itself, Counts counts) {
    }

    /** The view: the chosen unit, the period (null: every period started by asOf in its year), and the lines. */
    public record View(UUID orgUnitId, String orgUnitName, Period period, UUID scheduleId, LocalDate asOf,
            List<Line> lines, Counts total) {
    }

    private final EntityManager em;
    private final UnitAccess access;

    ReportCompliance(EntityManager em, UnitAccess access) {
        this.em = em;
        this.access = access;
    }

    /** The view for a caller: the chosen unit must be in the caller's scope (else 404, like an unknown unit). */
    public View view(UUID orgUnitId, Period period, UUID scheduleId, LocalDate asOf) {
        OrgUnitView root = OrgUnitView.findById(orgUnitId);
        if (root == null || !access.covers(orgUnitId)) {
            throw ProblemException.notFound("org unit", orgUnitId);
        }
        List<Line> lines = lines(orgUnitId, period, scheduleId, asOf);
        Counts total = lines.stream().map(Line::counts).reduce(new Counts(0, 0, 0, 0), Counts::plus);
        return new View(orgUnitId, root.name, period, scheduleId, asOf, lines, total);
    }

    /** Java API (see the class comment): the counts of the unit's whole subtree, the unit included. */
    public Counts countsFor(UUID orgUnitId, Period period, LocalDate asOf) {
        return lines(orgUnitId, period, null, asOf).stream().map(Line::counts)
                .reduce(new Counts(0, 0, 0, 0), Counts::plus);
    }

    @SuppressWarnings("unchecked")
    private List<Line> lines(UUID root, Period period, UUID scheduleId, LocalDate asOf) {
        StringBuilder which = new StringBuilder();
        if (period != null) {
            which.append(" and o.period_code = :period");
        } else {
            which.append(" and o.period_start between :yearStart and :asOf");
        }
        if (scheduleId != null) {
            which.append(" and o.schedule_id = :schedule");
        }
        var query = em.createNativeQuery("""
                with recursive below(id, branch, depth) as (
                    select id, id, 1 from org_unit_view where parent_id = :root
                    union all
                    select child.id, below.branch, below.depth + 1 from org_unit_view child
                    join below on child.parent_id = below.id
                    where below.depth < 50),
                members(id, branch) as (
                    select cast(:root as uuid), cast(:root as uuid)
                    union all
                    select id, branch from below),
                counted as (
                    select m.branch,
                        case when o.counted_submitted_on <= :asOf then o.counted_submitted_on end as submitted_on,
                        o.due_on
                    from members m join report_obligation o on o.unit_id = m.id
                    where o.status not in ('WAIVED', 'CANCELLED')""" + which + """
                ),
                per_branch as (
                    select branch,
                        count(*) filter (where submitted_on <= due_on) as on_time,
                        count(*) filter (where submitted_on > due_on) as late,
                        count(*) filter (where submitted_on is null and due_on < :asOf) as missing,
                        count(*) filter (where submitted_on is null and due_on >= :asOf) as not_yet_due
                    from counted group by branch)
                select u.id, u.name, u.id = :root as itself, coalesce(p.on_time, 0), coalesce(p.late, 0),
                    coalesce(p.missing, 0), coalesce(p.not_yet_due, 0)
                from org_unit_view u left join per_branch p on p.branch = u.id
                where u.parent_id = :root or (u.id = :root and p.branch is not null)
                order by u.id <> :root, u.name, u.id""")
                .setParameter("root", root)
                .setParameter("asOf", asOf);
        if (period != null) {
            query.setParameter("period", period.code());
        } else {
            query.setParameter("yearStart", asOf.withDayOfYear(1));
        }
        if (scheduleId != null) {
            query.setParameter("schedule", scheduleId);
        }
        List<Object[]> rows = query.getResultList();
        List<Line> lines = new ArrayList<>();
        for (Object[] row : rows) {
            lines.add(new Line(row[0] instanceof UUID id ? id : UUID.fromString(row[0].toString()), (String) row[1],
                    (Boolean) row[2], new Counts(number(row[3]), number(row[4]), number(row[5]), number(row[6]))));
        }
        return lines;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
