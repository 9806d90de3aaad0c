package vn.tochuc.task.urging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.task.task.Task;

/** A task an urging notice names, as it stood on the day of the notice. */
@Entity
@Table(name = "urging_notice_task")
public class UrgingNoticeTask extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(nullable = false)
    public String title;

    @Column(name = "lead_unit_id", nullable = false)
    public UUID leadUnitId;

    @Column(name = "assigning_unit_id", nullable = false)
    public UUID assigningUnitId;

    @Column(nullable = false)
    public LocalDate deadline;

    /** How many notices the task had received with this one. */
    @Column(name = "notice_count", nullable = false)
    public int noticeCount;

    static UrgingNoticeTask of(UrgingNotice notice, Task task, int noticeCount) {
        UrgingNoticeTask line = new UrgingNoticeTask();
        line.id = UUID.randomUUID();
        line.noticeId = notice.id;
        line.taskId = task.id;
        line.title = task.title;
        line.leadUnitId = task.leadUnitId;
        line.assigningUnitId = task.assigningUnitId;
        line.deadline = task.deadline;
        line.noticeCount = noticeCount;
        return line;
    }
}
