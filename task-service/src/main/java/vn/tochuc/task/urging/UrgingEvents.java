package vn.tochuc.task.urging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.task.task.Task;

/**
 * Publishes reminders, urgings and escalations on {@code tochuc.task.reminder} (key = task id), in the transaction
 * that recorded them. A mobile or mail system delivers them to the units named in the data.
 */
@ApplicationScoped
public class UrgingEvents {

    public static final String TOPIC = "tochuc.task.reminder";
    private static final String PREFIX = "vn.tochuc.task.reminder.";
    public static final String DUE_SOON = PREFIX + "due-soon.v1";
    public static final String DUE_TODAY = PREFIX + "due-today.v1";
    public static final String OVERDUE = PREFIX + "overdue.v1";
    public static final String URGED = PREFIX + "urged.v1";
    public static final String ESCALATED = PREFIX + "escalated.v1";

    /** A reminder of a task's deadline: {@code rung} as in task_reminder (7, 3, 1 before, 0 on the day, -k after). */
    public record ReminderData(UUID reminderId, UUID taskId, String title, UUID leadUnitId, UUID assigningUnitId,
            String status, LocalDate deadline, int daysLeft, int daysOverdue, int rung, LocalDate remindedOn) {

        static ReminderData of(UUID reminderId, Task t, ReminderLadder.Rung r, LocalDate today) {
            return new ReminderData(reminderId, t.id, t.title, t.leadUnitId, t.assigningUnitId, t.status.name(),
                    t.deadline, r.daysLeft(), r.daysOverdue(), r.rung(), today);
        }
    }

    /** One task of an urging notice; {@code noticeCount} is how many notices the task has received with this one. */
    public record UrgedData(UUID noticeId, int number, int year, UUID issuingUnitId, LocalDate issuedOn,
            LocalDate responseDeadline, UUID taskId, String title, UUID leadUnitId, UUID assigningUnitId,
            LocalDate deadline, int noticeCount) {

        static UrgedData of(UrgingNotice n, UrgingNoticeTask line) {
            return new UrgedData(n.id, n.number, n.year, n.issuingUnitId, n.issuedOn, n.responseDeadline,
                    line.taskId, line.title, line.leadUnitId, line.assigningUnitId, line.deadline, line.noticeCount);
        }
    }

    /** A task reported to the level above the issuing unit after its N-th notice. */
    public record EscalatedData(UUID escalationId, UUID taskId, String title, UUID leadUnitId, UUID assigningUnitId,
            LocalDate deadline, UUID noticeId, UUID issuingUnitId, UUID addressedUnitId, int noticeCount,
            LocalDate escalatedOn) {

        static EscalatedData of(UrgingEscalation e, UrgingNoticeTask line) {
            return new EscalatedData(e.id, e.taskId, line.title, line.leadUnitId, line.assigningUnitId,
                    line.deadline, e.noticeId, e.issuingUnitId, e.addressedUnitId, e.noticeCount, e.escalatedOn);
        }
    }

    private final Outbox outbox;

    UrgingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A reminder to publish: its kind decides the event type. */
    record Reminder(ReminderKind kind, ReminderData data) {
    }

    void reminded(List<Reminder> reminders) {
        outbox.publishAll(reminders.stream().map(r -> new Outbox.Pending(TOPIC, r.data().taskId().toString(),
                r.kind().eventType(), r.data())).toList());
    }

    void urged(UrgingNotice notice, List<UrgingNoticeTask> lines, List<EscalatedData> escalations) {
        List<Outbox.Pending> events = new ArrayList<>(lines.size() + escalations.size());
        lines.forEach(l -> events.add(new Outbox.Pending(TOPIC, l.taskId.toString(), URGED, UrgedData.of(notice, l))));
        escalations.forEach(e -> events.add(new Outbox.Pending(TOPIC, e.taskId().toString(), ESCALATED, e)));
        outbox.publishAll(events);
    }
}
