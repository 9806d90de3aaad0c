package vn.tochuc.task.reaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.task.NewSystemTask;
import vn.tochuc.task.task.Task;
import vn.tochuc.task.task.TaskService;

/**
 * Gives, closes and cancels the tasks the reactions decide on, through {@link TaskService}'s system tasks (which
 * publish the task events and audit them as the system), and waits for units the org read model does not hold yet.
 * Runs in the inbox transaction of the event that caused it; each change is also audited with that event's id as the
 * request id, so a task can be traced to the event that made or closed it.
 */
@ApplicationScoped
public class ReactionTasks {

    static final String TASK_AUDIT_TYPE = "task";
    static final String PENDING_AUDIT_TYPE = "reaction-pending-task";

    private final TaskService tasks;
    private final AuditTrail audit;
    private final BoardCalendar calendar;

    ReactionTasks(TaskService tasks, AuditTrail audit, BoardCalendar calendar) {
        this.tasks = tasks;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** What an audit row of a reaction says: which event, of which type, about which key. */
    record Cause(String eventType, String eventId, String systemKey) {
    }

    /**
     * Gives the task to its unit, unless one is already open (or waiting) for its key: one open task per key. A
     * deadline already past (an old event, read late) becomes today, so the task is due at once rather than refused.
     */
    void give(NewSystemTask task, EventEnvelope cause) {
        String key = task.systemKey();
        if (tasks.findOpenSystemTask(key).isPresent() || PendingTask.waiting(key).isPresent()) {
            return;
        }
        if (OrgUnitView.findById(task.leadUnitId()) == null) {
            PendingTask pending = PendingTask.waitFor(task, cause.id());
            pending.persist();
            audit.record(PENDING_AUDIT_TYPE, pending.id, "WAITING_FOR_UNIT", actor(cause), causeOf(cause, task));
            return;
        }
        create(task, cause);
    }

    /** Gives the tasks that waited for {@code unit}, now that it is known. */
    void giveWaitingFor(UUID unit, EventEnvelope cause) {
        for (PendingTask pending : PendingTask.waitingFor(unit)) {
            Optional<Task> open = tasks.findOpenSystemTask(pending.systemKey);
            Task task = open.isPresent() ? open.get() : create(pending.toTask(), cause);
            pending.given(task.id);
            audit.record(PENDING_AUDIT_TYPE, pending.id, "GIVEN", actor(cause), causeOf(cause, pending.toTask()));
        }
    }

    /** The fact the task of {@code key} waited for happened: it is completed today (nothing if none is open). */
    void complete(String key, String note, EventEnvelope cause) {
        closed(tasks.completeSystemTask(key, note), key, "COMPLETED_BY_EVENT", pending -> pending.settle(note),
                "SETTLED", cause);
    }

    /** The task of {@code key} is no longer needed: it is cancelled (nothing if none is open). */
    void cancel(String key, String reason, EventEnvelope cause) {
        closed(tasks.cancelSystemTask(key, reason), key, "CANCELLED_BY_EVENT", pending -> pending.drop(reason),
                "DROPPED", cause);
    }

    /** Audits the task the event closed; with none open, resolves a task still waiting for its unit instead. */
    private void closed(Optional<Task> task, String key, String taskAction, Consumer<PendingTask> resolve,
            String pendingAction, EventEnvelope cause) {
        if (task.isPresent()) {
            audit.record(TASK_AUDIT_TYPE, task.get().id, taskAction, actor(cause), causeOf(cause, key));
            return;
        }
        PendingTask.waiting(key).ifPresent(pending -> {
            resolve.accept(pending);
            audit.record(PENDING_AUDIT_TYPE, pending.id, pendingAction, actor(cause), causeOf(cause, key));
        });
    }

    private Task create(NewSystemTask task, EventEnvelope cause) {
        LocalDate today = calendar.today();
        NewSystemTask due = task.deadline().isBefore(today) ? new NewSystemTask(task.systemKey(), task.kind(),
                task.title(), task.description(), task.leadUnitId(), task.assigningUnitId(), today,
                task.expectedResult(), task.documentId()) : task;
        Task created = tasks.createSystemTask(due);
        audit.record(TASK_AUDIT_TYPE, created.id, "GIVEN_BY_EVENT", actor(cause), causeOf(cause, task));
        return created;
    }

    private static Actor actor(EventEnvelope cause) {
        return new Actor(AuditTrail.SYSTEM.subject(), cause.id());
    }

    private static Cause causeOf(EventEnvelope event, NewSystemTask task) {
        return causeOf(event, task.systemKey());
    }

    private static Cause causeOf(EventEnvelope event, String key) {
        return new Cause(event.type(), event.id(), key);
    }
}
