package vn.tochuc.task.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One deadline a task had: the first one, then each one an approved extension set. Never updated. */
@Entity
@Table(name = "task_deadline")
public class TaskDeadline extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "set_on", nullable = false)
    public LocalDate setOn;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    /** The extension that set it; null for the first deadline. */
    @Column(name = "extension_id")
    public UUID extensionId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    static TaskDeadline of(Task task, LocalDate setOn, String by, UUID extensionId) {
        TaskDeadline d = new TaskDeadline();
        d.id = UUID.randomUUID();
        d.taskId = task.id;
        d.deadline = task.deadline;
        d.setOn = setOn;
        d.setBy = by;
        d.extensionId = extensionId;
        d.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return d;
    }
}
