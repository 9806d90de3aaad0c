package vn.tochuc.task.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.event.Outbox;

/**
 * Publishes what happens to tasks on {@code tochuc.task.task} (key = task id), in the change's transaction. Events
 * about a task's status carry the task as it is after the change; progress, extension and grade events carry what
 * was reported or decided and the units concerned.
 */
@ApplicationScoped
public class TaskEvents {

    public static final String TOPIC = "tochuc.task.task";
    private static final String PREFIX = "vn.tochuc.task.task.";
    public static final String CREATED = PREFIX + "created.v1";
    public static final String ASSIGNED = PREFIX + "assigned.v1";
    public static final String PROGRESS_REPORTED = PREFIX + "progress-reported.v1";
    public static final String SUBMITTED = PREFIX + "submitted.v1";
    public static final String ACCEPTED = PREFIX + "accepted.v1";
    public static final String RETURNED = PREFIX + "returned.v1";
    public static final String STATUS_CHANGED = PREFIX + "status-changed.v1";
    public static final String EXTENSION_REQUESTED = PREFIX + "extension-requested.v1";
    public static final String EXTENDED = PREFIX + "extended.v1";
    public static final String EXTENSION_REFUSED = PREFIX + "extension-refused.v1";
    public static final String OUTCOME_GRADED = PREFIX + "outcome-graded.v1";
    public static final String HANDED_OVER = PREFIX + "handed-over.v1";

    /** The task as integrators see it; {@code reason} is the reason of the step that caused the event, if any. */
    public record TaskData(UUID taskId, UUID rootId, UUID parentId, UUID documentId, String kind, String title,
            UUID leadUnitId, List<UUID> cooperatingUnitIds, UUID assigningUnitId, UUID cadreId, String cadreName,
            LocalDate deadline, BigDecimal weight, String rollUpMethod, String status, BigDecimal progress,
            BigDecimal rolledUpProgress, LocalDate assignedOn, LocalDate completedOn, String systemKey,
            String reason) {

        static TaskData of(Task t) {
            return new TaskData(t.id, t.rootId, t.parentId, t.documentId, t.kind.name(), t.title, t.leadUnitId,
                    Arrays.asList(t.cooperatingUnitIds), t.assigningUnitId, t.cadreId, t.cadreName, t.deadline,
                    t.weight, t.rollUpMethod.name(), t.status.name(), t.progress, t.rolledUpProgress, t.assignedOn,
                    t.completedOn, t.systemKey, t.statusReason);
        }
    }

    public record ProgressData(UUID taskId, UUID reportId, UUID leadUnitId, UUID assigningUnitId, BigDecimal percent,
            String text, String attachmentRef, LocalDate reportedOn, String status, BigDecimal rolledUpProgress) {
    }

    public record ExtensionData(UUID taskId, UUID extensionId, UUID leadUnitId, UUID assigningUnitId,
            LocalDate previousDeadline, LocalDate requestedDeadline, String reason, String status, LocalDate decidedOn,
            String decisionNote) {

        static ExtensionData of(Task t, TaskExtension e) {
            return new ExtensionData(t.id, e.id, t.leadUnitId, t.assigningUnitId, e.previousDeadline,
                    e.requestedDeadline, e.reason, e.status.name(), e.decidedOn, e.decisionNote);
        }
    }

    public record OutcomeData(UUID taskId, UUID outcomeId, UUID leadUnitId, UUID assigningUnitId, String period,
            String grade, String note) {
    }

    public record HandOverData(UUID taskId, UUID fromUnitId, UUID toUnitId, LocalDate effectiveOn, String reason,
            UUID leadUnitId, UUID assigningUnitId, List<UUID> cooperatingUnitIds, String status) {
    }

    private final Outbox outbox;

    TaskEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(Task t) {
        task(CREATED, t);
    }

    /** One event per task given to a unit, written as one batch (an assignment may reach thousands of units). */
    void assigned(List<Task> tasks) {
        List<Outbox.Pending> events = new ArrayList<>(tasks.size());
        tasks.forEach(t -> events.add(new Outbox.Pending(TOPIC, t.id.toString(), ASSIGNED, TaskData.of(t))));
        outbox.publishAll(events);
    }

    /** The event of a status step: assigned, submitted, accepted, returned, or status-changed for the others. */
    void stepped(Task t, TaskStep step) {
        task(switch (step) {
            case ASSIGN -> ASSIGNED;
            case SUBMIT -> SUBMITTED;
            case ACCEPT -> ACCEPTED;
            case RETURN -> RETURNED;
            default -> STATUS_CHANGED;
        }, t);
    }

    void progressReported(Task t, ProgressReport r) {
        outbox.publish(TOPIC, t.id.toString(), PROGRESS_REPORTED, new ProgressData(t.id, r.id, t.leadUnitId,
                t.assigningUnitId, r.percent, r.text, r.attachmentRef, r.reportedOn, t.status.name(),
                t.rolledUpProgress));
    }

    void extension(Task t, TaskExtension e) {
        String type = switch (e.status) {
            case REQUESTED -> EXTENSION_REQUESTED;
            case APPROVED -> EXTENDED;
            case REFUSED -> EXTENSION_REFUSED;
        };
        outbox.publish(TOPIC, t.id.toString(), type, ExtensionData.of(t, e));
    }

    void graded(Task t, TaskOutcome o) {
        outbox.publish(TOPIC, t.id.toString(), OUTCOME_GRADED, new OutcomeData(t.id, o.id, t.leadUnitId,
                t.assigningUnitId, o.periodCode, o.grade.name(), o.note));
    }

    void handedOver(Task t, UUID from, UUID to, LocalDate effectiveOn, String reason) {
        outbox.publish(TOPIC, t.id.toString(), HANDED_OVER, new HandOverData(t.id, from, to, effectiveOn, reason,
                t.leadUnitId, t.assigningUnitId, Arrays.asList(t.cooperatingUnitIds), t.status.name()));
    }

    private void task(String type, Task t) {
        outbox.publish(TOPIC, t.id.toString(), type, TaskData.of(t));
    }
}
