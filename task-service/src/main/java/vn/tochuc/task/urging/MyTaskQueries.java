package vn.tochuc.task.urging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.task.task.Task;
import vn.tochuc.task.task.TaskStatus;

/** The task lists of "my tasks", read from the task table in (deadline, id) order. */
@ApplicationScoped
public class MyTaskQueries {

    private static final String OPEN = TaskStatus.OPEN.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "status in (", ")"));

    private final EntityManager em;

    MyTaskQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The view's tasks for {@code units}: led by them (due soon: deadline from {@code today} to {@code until};
     * overdue: before {@code today}), or assigned by them and submitted. Up to {@code limit} rows after the keyset.
     */
    @SuppressWarnings("unchecked")
    public List<Task> list(MyTaskView view, List<UUID> units, LocalDate today, LocalDate until,
            LocalDate afterDeadline, UUID afterId, int limit) {
        Filters filters = switch (view) {
            case DUE_SOON -> new Filters().andIf(true, OPEN)
                    .and("lead_unit_id = any(cast(:units as uuid[]))", "units", array(units))
                    .and("deadline between :today and :until", "today", today, "until", until);
            case OVERDUE -> new Filters().andIf(true, OPEN)
                    .and("lead_unit_id = any(cast(:units as uuid[]))", "units", array(units))
                    .and("deadline < :today", "today", today);
            case AWAITING_MY_ACCEPTANCE -> new Filters().andIf(true, "status = 'SUBMITTED'")
                    .and("assigning_unit_id = any(cast(:units as uuid[]))", "units", array(units));
        };
        filters.after("deadline", afterDeadline, afterId);
        Query q = em.createNativeQuery("select * from task where " + filters.orderedBy("deadline") + " limit :limit",
                Task.class).setParameter("limit", limit);
        filters.params().forEach(q::setParameter);
        return q.getResultList();
    }

    /** How many urging notices each of the tasks has received (absent: none). */
    public Map<UUID, Integer> noticeCounts(List<UUID> taskIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (!taskIds.isEmpty()) {
            TaskUrging.<TaskUrging>list("taskId in ?1", taskIds).forEach(u -> counts.put(u.taskId, u.noticeCount));
        }
        return counts;
    }

    private static String[] array(List<UUID> units) {
        return units.stream().map(UUID::toString).toArray(String[]::new);
    }
}
