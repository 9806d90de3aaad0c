package vn.tochuc.task.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes the mobile sync log ({@code task_change}) in the transaction of each change: which units see the task
 * now, and which stopped seeing it (their devices get a tombstone). One JDBC batch per call, since an assignment
 * may change thousands of tasks at once.
 */
@ApplicationScoped
class TaskChangeLog {

    private final EntityManager em;

    TaskChangeLog(EntityManager em) {
        this.em = em;
    }

    /** Tasks changed without changing the units that see them. */
    @Transactional(Transactional.TxType.MANDATORY)
    void changed(Collection<Task> tasks) {
        insert(tasks, null);
    }

    /** A task whose units changed: those of {@code before} no longer among them are told to drop it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void moved(Task task, Set<UUID> before) {
        insert(List.of(task), before);
    }

    private void insert(Collection<Task> tasks, Set<UUID> before) {
        if (tasks.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into task_change (task_id, "
                    + "visible_unit_ids, left_unit_ids, removed) values (?, ?, ?, ?)")) {
                for (Task t : tasks) {
                    Set<UUID> left = new HashSet<>(before == null ? Set.of() : before);
                    left.removeAll(t.units());
                    Array visible = connection.createArrayOf("uuid", t.units().toArray());
                    Array gone = connection.createArrayOf("uuid", left.toArray());
                    insert.setObject(1, t.id);
                    insert.setArray(2, visible);
                    insert.setArray(3, gone);
                    insert.setBoolean(4, t.status == TaskStatus.CANCELLED);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
