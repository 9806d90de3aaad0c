package vn.tochuc.task.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code rolledUpProgress} up to date when a task changes: the task's own value, then each ancestor's, up to
 * the root or the first that does not change. A child counts with its rolled-up progress (100 once accepted);
 * cancelled children do not count; a task no child counts for shows its own reported progress.
 * <p>
 * Ancestors are locked (select for update) before they are recomputed, so two children reporting at once update
 * their parent one after the other, each from the other's committed value, instead of one losing its update.
 */
@ApplicationScoped
class TaskRollUp {

    private final EntityManager em;

    TaskRollUp(EntityManager em) {
        this.em = em;
    }

    /** @return the ancestors whose rolled-up progress changed (for the sync log) */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Task> after(Task changed) {
        recompute(changed);
        List<Task> ancestors = new ArrayList<>();
        for (java.util.UUID parentId = changed.parentId; parentId != null; ) {
            Task parent = em.find(Task.class, parentId, LockModeType.PESSIMISTIC_WRITE);
            if (!recompute(parent)) {
                break;
            }
            ancestors.add(parent);
            parentId = parent.parentId;
        }
        return ancestors;
    }

    private boolean recompute(Task task) {
        em.flush();
        Object[] sums = (Object[]) em.createNativeQuery("""
                select count(*),
                       sum(weight * case when status = 'COMPLETED' then 100 else rolled_up_progress end),
                       sum(weight),
                       avg(case when status = 'COMPLETED' then 100 else rolled_up_progress end)
                from task where parent_id = ?1 and status <> 'CANCELLED'""")
                .setParameter(1, task.id).getSingleResult();
        long counted = ((Number) sums[0]).longValue();
        BigDecimal value;
        if (counted == 0) {
            value = task.progress;
        } else if (task.rollUpMethod == RollUpMethod.WEIGHTED) {
            value = decimal(sums[1]).divide(decimal(sums[2]), 2, RoundingMode.HALF_UP);
        } else {
            value = decimal(sums[3]).setScale(2, RoundingMode.HALF_UP);
        }
        return task.rollUp(value);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
