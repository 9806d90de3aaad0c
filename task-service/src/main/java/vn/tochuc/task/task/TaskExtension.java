package vn.tochuc.task.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/** A lead unit's request to move its task's deadline, and the assigning level's decision on it. */
@Entity
@Table(name = "task_extension")
public class TaskExtension extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "previous_deadline", nullable = false)
    public LocalDate previousDeadline;

    @Column(name = "requested_deadline", nullable = false)
    public LocalDate requestedDeadline;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExtensionStatus status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_note")
    public String decisionNote;

    /** A request to move {@code task}'s deadline to a later day. */
    static TaskExtension request(Task task, LocalDate requested, String reason, String by) {
        if (!requested.isAfter(task.deadline)) {
            throw Task.unprocessable("extension-not-later", "newDeadline", ProblemText.of("field.extension-not-later")
                    .with("date", task.deadline));
        }
        TaskExtension e = new TaskExtension();
        e.id = UUID.randomUUID();
        e.taskId = task.id;
        e.previousDeadline = task.deadline;
        e.requestedDeadline = requested;
        e.reason = reason;
        e.status = ExtensionStatus.REQUESTED;
        e.requestedBy = by;
        e.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return e;
    }

    void approve(LocalDate today, String note, String by) {
        decide(ExtensionStatus.APPROVED, today, note, by);
    }

    void refuse(LocalDate today, String note, String by) {
        decide(ExtensionStatus.REFUSED, today, note, by);
    }

    private void decide(ExtensionStatus decision, LocalDate today, String note, String by) {
        if (status != ExtensionStatus.REQUESTED) {
            throw ProblemException.conflict("extension-decided", ProblemText.of("extension-decided")
                    .with("status", status).with("date", decidedOn));
        }
        status = decision;
        decidedOn = today;
        decisionNote = note;
        decidedBy = by;
    }
}
