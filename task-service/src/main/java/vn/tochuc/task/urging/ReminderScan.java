package vn.tochuc.task.urging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.task.Task;
import vn.tochuc.task.task.TaskQueries;

/**
 * Sends the deadline reminders of open tasks (assigned, in progress, submitted; a task on hold, a draft and a
 * closed one get none) for the Board's day. Every replica runs it; each reminder still goes out once, because a
 * page of tasks is one transaction that inserts its reminders with "on conflict do nothing" and publishes only the
 * rows its own insert wrote. Pages go in task id order, so two replicas lock the same keys in the same order.
 */
@ApplicationScoped
public class ReminderScan {

    static final String AUDIT_TYPE = "task-reminder";
    private static final Logger LOG = Logger.getLogger(ReminderScan.class);
    private static final int PAGE = 200;

    private final TaskQueries tasks;
    private final ReminderLadder ladder;
    private final UrgingEvents events;
    private final AuditTrail audit;
    private final BoardCalendar calendar;
    private final EntityManager em;

    ReminderScan(TaskQueries tasks, ReminderLadder ladder, UrgingEvents events, AuditTrail audit,
            BoardCalendar calendar, EntityManager em) {
        this.tasks = tasks;
        this.ladder = ladder;
        this.events = events;
        this.audit = audit;
        this.calendar = calendar;
        this.em = em;
    }

    @Scheduled(identity = "urging-reminder-scan", every = "${tochuc.urging.scan-interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sent = runOnce(calendar.today());
        if (sent > 0) {
            LOG.infof("Sent %d deadline reminders", sent);
        }
    }

    /** Sends what is due on {@code today}: @return how many reminders this call sent (0 for those already sent). */
    public int runOnce(LocalDate today) {
        return scan(after -> tasks.dueBetween(today, today.plusDays(ladder.reach()), after, PAGE), today)
                + scan(after -> tasks.overdueOn(today, after, PAGE), today);
    }

    private int scan(Function<UUID, List<Task>> page, LocalDate today) {
        int sent = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            Scanned scanned = QuarkusTransaction.requiringNew().call(() -> remind(page.apply(from), today));
            sent += scanned.sent();
            if (scanned.last() == null) {
                return sent;
            }
            after = scanned.last();
        }
    }

    private record Scanned(UUID last, int sent) {
    }

    private Scanned remind(List<Task> page, LocalDate today) {
        Map<UUID, Task> byId = new HashMap<>();
        Map<UUID, ReminderLadder.Rung> rungs = new HashMap<>();
        for (Task t : page) {
            Optional<ReminderLadder.Rung> rung = ladder.on(t.deadline, today);
            if (rung.isPresent()) {
                byId.put(t.id, t);
                rungs.put(t.id, rung.get());
            }
        }
        List<UUID> ordered = page.stream().map(t -> t.id).filter(byId::containsKey).toList();
        List<UrgingEvents.Reminder> sent = new ArrayList<>();
        insertNew(ordered, byId, rungs, today).forEach((reminderId, taskId) -> {
            ReminderLadder.Rung rung = rungs.get(taskId);
            UrgingEvents.ReminderData data = UrgingEvents.ReminderData.of(reminderId, byId.get(taskId), rung, today);
            sent.add(new UrgingEvents.Reminder(rung.kind(), data));
            audit.record(AUDIT_TYPE, reminderId, rung.kind().name(), AuditTrail.SYSTEM, data);
        });
        events.reminded(sent);
        UUID last = page.size() < PAGE ? null : page.get(page.size() - 1).id;
        return new Scanned(last, sent.size());
    }

    /** Inserts the page's reminders in one statement: @return reminder id to task id of the rows this call wrote. */
    private Map<UUID, UUID> insertNew(List<UUID> taskIds, Map<UUID, Task> tasks,
            Map<UUID, ReminderLadder.Rung> rungs, LocalDate today) {
        Map<UUID, UUID> written = new LinkedHashMap<>();
        if (taskIds.isEmpty()) {
            return written;
        }
        int n = taskIds.size();
        UUID[] ids = new UUID[n];
        String[] deadlines = new String[n];
        Integer[] rungNumbers = new Integer[n];
        String[] kinds = new String[n];
        UUID[] leads = new UUID[n];
        UUID[] assigning = new UUID[n];
        for (int i = 0; i < n; i++) {
            Task t = tasks.get(taskIds.get(i));
            ids[i] = UUID.randomUUID();
            deadlines[i] = t.deadline.toString();
            rungNumbers[i] = rungs.get(t.id).rung();
            kinds[i] = rungs.get(t.id).kind().name();
            leads[i] = t.leadUnitId;
            assigning[i] = t.assigningUnitId;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into task_reminder (id, task_id, deadline, rung, kind, reminded_on, lead_unit_id,
                        assigning_unit_id, created_at)
                    select r.id, r.task_id, cast(r.deadline as date), r.rung, r.kind, ?, r.lead, r.assigning, now()
                    from unnest(?, ?, ?, ?, ?, ?, ?) as r(id, task_id, deadline, rung, kind, lead, assigning)
                    on conflict (task_id, deadline, rung) do nothing
                    returning id, task_id""")) {
                Array[] arrays = {connection.createArrayOf("uuid", ids),
                        connection.createArrayOf("uuid", taskIds.toArray(UUID[]::new)),
                        connection.createArrayOf("varchar", deadlines), connection.createArrayOf("int4", rungNumbers),
                        connection.createArrayOf("varchar", kinds), connection.createArrayOf("uuid", leads),
                        connection.createArrayOf("uuid", assigning)};
                insert.setObject(1, today);
                for (int i = 0; i < arrays.length; i++) {
                    insert.setArray(i + 2, arrays[i]);
                }
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        written.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                    }
                }
            }
        });
        return written;
    }
}
