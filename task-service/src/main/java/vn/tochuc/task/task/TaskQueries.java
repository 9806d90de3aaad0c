package vn.tochuc.task.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.persistence.SqlValues;

/**
 * The reads of tasks that go beyond one row, in SQL: lists narrowed to the caller's units, the units an assignment
 * reaches, the sync log, the task grid, and the due and overdue tasks the urging feature reminds about. The scope is
 * a list of units (null: province-wide): a task is seen through its lead, assigning or a cooperating unit.
 */
@ApplicationScoped
public class TaskQueries {

    private static final String SCOPE = "(lead_unit_id = any(cast(:units as uuid[])) or assigning_unit_id = "
            + "any(cast(:units as uuid[])) or cooperating_unit_ids && cast(:units as uuid[]))";
    private static final String OPEN = "status in ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED')";

    /** One line of the sync log as a caller sees it: {@code visible} is false once the task left their units. */
    public record ChangeRow(long seq, UUID taskId, OffsetDateTime at, boolean removed, boolean visible) {
    }

    /** One line of the task grid; {@code unitId} is null on the total line. */
    public record GridCounts(UUID unitId, long onTime, long late, long withinDeadline, long overdue) {
    }

    /** The task grid's statement (parameters {@code :root} and {@code :asOf}); see {@link #grid}. */
    static final String GRID = """
                with recursive below(line, id, depth) as (
                    select u.id, u.id, 1 from org_unit_view u where u.parent_id = :root
                    union all
                    select b.line, c.id, b.depth + 1 from org_unit_view c join below b on c.parent_id = b.id
                    where b.depth < 50),
                lines(line, id) as (
                    select line, id from below
                    union all
                    select cast(:root as uuid), cast(:root as uuid))
                select l.line, sum(c.on_time), sum(c.late), sum(c.within_deadline), sum(c.overdue)
                from lines l cross join lateral (
                    select count(*) filter (where %s) as on_time,
                           count(*) filter (where %s) as late,
                           count(*) filter (where %s) as within_deadline,
                           count(*) filter (where %s) as overdue
                    from task t
                    where t.lead_unit_id = l.id and t.status not in ('DRAFT', 'CANCELLED')
                      and t.assigned_on <= :asOf) c
                group by grouping sets ((l.line), ())""".formatted(
                TimelinessRule.sql(Timeliness.COMPLETED_ON_TIME, "t.", ":asOf"),
                TimelinessRule.sql(Timeliness.COMPLETED_LATE, "t.", ":asOf"),
                TimelinessRule.sql(Timeliness.IN_PROGRESS_WITHIN_DEADLINE, "t.", ":asOf"),
                TimelinessRule.sql(Timeliness.OVERDUE, "t.", ":asOf"));

    private final EntityManager em;

    TaskQueries(EntityManager em) {
        this.em = em;
    }

    /** Tasks by the filter, in (deadline, id) order after the keyset position, up to {@code limit} rows. */
    public List<Task> list(TaskFilter f, List<UUID> units, LocalDate today, LocalDate afterDeadline, UUID afterId,
            int limit) {
        Filters filters = new Filters()
                .and(SCOPE, "units", array(units))
                .and("document_id = :document", "document", f.documentId())
                .and("lead_unit_id = :lead", "lead", f.leadUnitId())
                .and("assigning_unit_id = :assigning", "assigning", f.assigningUnitId())
                .and("status = :status", "status", f.status() == null ? null : f.status().name())
                .and(f.timeliness() == null ? null : TimelinessRule.sql(f.timeliness(), "", ":today"), "today",
                        f.timeliness() == null ? null : today)
                .and("parent_id = :parent", "parent", f.parentId())
                .and("deadline >= :from", "from", f.deadlineFrom())
                .and("deadline <= :to", "to", f.deadlineTo())
                .after("deadline", afterDeadline, afterId);
        return tasks("select * from task where " + filters.orderedBy("deadline") + " limit :limit",
                filters.params(), limit);
    }

    /**
     * Open tasks (assigned, in progress, submitted) due from {@code from} to {@code to}, both included, in id order
     * after {@code afterId} (null: from the start): what the urging feature reminds about before a deadline.
     */
    public List<Task> dueBetween(LocalDate from, LocalDate to, UUID afterId, int limit) {
        return tasks("select * from task where " + OPEN + " and deadline between :from and :to and id > :after "
                + "order by id limit :limit", Map.of("from", from, "to", to, "after", after(afterId)), limit);
    }

    /** Open tasks whose deadline passed before {@code day}, in id order after {@code afterId}: the overdue ones. */
    public List<Task> overdueOn(LocalDate day, UUID afterId, int limit) {
        return tasks("select * from task where " + OPEN + " and deadline < :day and id > :after "
                + "order by id limit :limit", Map.of("day", day, "after", after(afterId)), limit);
    }

    /** The active units of {@code kind} strictly below {@code unit}. */
    public List<UUID> unitsOfKindBelow(UUID unit, String kind) {
        return ids(em.createNativeQuery(SUBTREE + " select u.id from below b join org_unit_view u on u.id = b.id "
                + "where b.depth > 0 and u.kind = :kind and u.status = 'ACTIVE' order by u.name, u.id")
                .setParameter("root", unit).setParameter("kind", kind));
    }

    /** Those of {@code candidates} that lie strictly below {@code unit}. */
    public List<UUID> unitsBelow(UUID unit, Collection<UUID> candidates) {
        return ids(em.createNativeQuery(SUBTREE + " select id from below where depth > 0 "
                + "and id = any(cast(:candidates as uuid[]))")
                .setParameter("root", unit).setParameter("candidates", array(List.copyOf(candidates))));
    }

    /** Whether {@code unit} is {@code top} or lies below it. */
    public boolean within(UUID top, UUID unit) {
        return !ids(em.createNativeQuery(SUBTREE + " select id from below where id = :unit")
                .setParameter("root", top).setParameter("unit", unit)).isEmpty();
    }

    /** The units among {@code units} that already have a live child task of {@code parentId}. */
    public List<UUID> alreadyAssigned(UUID parentId, Collection<UUID> units) {
        return ids(em.createNativeQuery("select lead_unit_id from task where parent_id = :parent and status <> "
                + "'CANCELLED' and lead_unit_id = any(cast(:units as uuid[]))")
                .setParameter("parent", parentId).setParameter("units", array(List.copyOf(units))));
    }

    /** The live (not cancelled) task that {@code parentId} gave to {@code unit}, if any. */
    public Optional<Task> childFor(UUID parentId, UUID unit) {
        return tasks("select * from task where parent_id = :parent and lead_unit_id = :unit and status <> 'CANCELLED' "
                + "limit :limit", Map.of("parent", parentId, "unit", unit), 1).stream().findFirst();
    }

    /** The open tasks given directly down from a task. */
    public List<Task> openChildren(UUID taskId) {
        return tasks("select * from task where parent_id = :task and status not in ('COMPLETED', 'NOT_COMPLETED', "
                + "'CANCELLED') order by id limit :limit", Map.of("task", taskId), Integer.MAX_VALUE - 1);
    }

    /** The descendants of a task that are not closed yet (a cancellation takes them along). */
    public List<Task> openDescendants(UUID taskId) {
        return tasks("""
                with recursive d(id) as (
                    select id from task where parent_id = :task
                    union all
                    select t.id from task t join d on t.parent_id = d.id)
                select t.* from task t join d on d.id = t.id
                where t.status not in ('COMPLETED', 'NOT_COMPLETED', 'CANCELLED')
                order by t.id limit :limit""", Map.of("task", taskId), Integer.MAX_VALUE - 1);
    }

    /** The tasks not closed yet that name {@code unit} as lead, assigning or cooperating unit. */
    public List<Task> openTasksOf(UUID unit) {
        return tasks("select * from task where status not in ('COMPLETED', 'NOT_COMPLETED', 'CANCELLED') and "
                + "(lead_unit_id = :unit or assigning_unit_id = :unit or :unit = any(cooperating_unit_ids)) "
                + "order by id limit :limit", Map.of("unit", unit), Integer.MAX_VALUE - 1);
    }

    /** The sync log after a position, as seen by a caller acting for {@code units} (null: province-wide). */
    @SuppressWarnings("unchecked")
    public List<ChangeRow> changes(List<UUID> units, OffsetDateTime afterAt, long afterSeq, int limit) {
        String seen = units == null ? "true" : "c.visible_unit_ids && cast(:units as uuid[])";
        Query q = em.createNativeQuery("select c.seq, c.task_id, c.at, c.removed, " + seen + " from task_change c "
                + "where (c.at, c.seq) > (:afterAt, :afterSeq)"
                + (units == null ? "" : " and (c.visible_unit_ids && cast(:units as uuid[]) "
                + "or c.left_unit_ids && cast(:units as uuid[]))")
                + " order by c.at, c.seq limit :limit")
                .setParameter("afterAt", afterAt).setParameter("afterSeq", afterSeq).setParameter("limit", limit);
        if (units != null) {
            q.setParameter("units", array(units));
        }
        List<ChangeRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            rows.add(new ChangeRow(((Number) r[0]).longValue(), SqlValues.uuid(r[1]), SqlValues.time(r[2]), (Boolean) r[3],
                    (Boolean) r[4]));
        }
        return rows;
    }

    /**
     * The task grid below {@code root} on {@code asOf}: one line per unit directly below it counting the tasks led
     * in that unit's subtree, one line for the root's own tasks, and the total (unitId null). One statement: the
     * subtree walk of the org read model, each unit's tasks counted from the {@code task_grid} index (a lateral
     * index-only probe per unit, so a district's grid reads only its own tasks), then summed per line, with the
     * timeliness rule of {@link TimelinessRule#sql} as of the day. Tasks assigned after the day, drafts and cancelled tasks do not
     * count; a task accepted after the day counts as not completed on it.
     */
    @SuppressWarnings("unchecked")
    @Transactional
    public List<GridCounts> grid(UUID root, LocalDate asOf) {
        // The planner cannot estimate a recursive walk's size and overprices the statement; compiling it (JIT) then
        // costs more than running it.
        em.createNativeQuery("set local jit = off").executeUpdate();
        List<Object[]> rows = em.createNativeQuery(GRID)
                .setParameter("root", root).setParameter("asOf", asOf).getResultList();
        List<GridCounts> counts = new ArrayList<>();
        for (Object[] r : rows) {
            counts.add(new GridCounts(SqlValues.uuid(r[0]), count(r[1]), count(r[2]), count(r[3]),
                    count(r[4])));
        }
        return counts;
    }

    private static final String SUBTREE = """
            with recursive below(id, depth) as (
                select id, 0 from org_unit_view where id = :root
                union all
                select c.id, b.depth + 1 from org_unit_view c join below b on c.parent_id = b.id where b.depth < 50)
            """;

    @SuppressWarnings("unchecked")
    private List<Task> tasks(String sql, Map<String, Object> params, int limit) {
        Query q = em.createNativeQuery(sql, Task.class).setParameter("limit", limit);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    @SuppressWarnings("unchecked")
    private static List<UUID> ids(Query q) {
        List<UUID> ids = new ArrayList<>();
        for (Object id : (List<Object>) q.getResultList()) {
            ids.add(SqlValues.uuid(id));
        }
        return ids;
    }

    private static String[] array(List<UUID> units) {
        return units == null ? null : units.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static UUID after(UUID afterId) {
        return afterId == null ? new UUID(0, 0) : afterId;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
