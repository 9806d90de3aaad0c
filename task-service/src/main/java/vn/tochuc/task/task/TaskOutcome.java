package vn.tochuc.task.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.tochuc.task.period.Period;

/** The grade of a task for one period (one per task and period), given by the assigning level. */
@Entity
@Table(name = "task_outcome")
public class TaskOutcome extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "period_code", nullable = false)
    public String periodCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutcomeGrade grade;

    public String note;

    @Column(name = "graded_by", nullable = false)
    public String gradedBy;

    @Column(name = "graded_at", nullable = false)
    public OffsetDateTime gradedAt;

    static TaskOutcome of(Task task, Period period, OutcomeGrade grade, String note, String by) {
        TaskOutcome o = new TaskOutcome();
        o.id = UUID.randomUUID();
        o.taskId = task.id;
        o.periodCode = period.code();
        o.grade = grade;
        o.note = note;
        o.gradedBy = by;
        o.gradedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return o;
    }
}
