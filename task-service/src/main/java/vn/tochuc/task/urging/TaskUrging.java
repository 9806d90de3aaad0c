package vn.tochuc.task.urging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** How many urging notices a task has received; kept by the urging feature, not on the task. */
@Entity
@Table(name = "task_urging")
public class TaskUrging extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "notice_count", nullable = false)
    public int noticeCount;

    @Column(name = "last_notice_id")
    public UUID lastNoticeId;

    @Column(name = "last_urged_on")
    public LocalDate lastUrgedOn;

    @Version
    public long version;

    /** The task was named in {@code notice}: @return its count of notices with this one. */
    int urgedBy(UrgingNotice notice) {
        noticeCount++;
        lastNoticeId = notice.id;
        lastUrgedOn = notice.issuedOn;
        return noticeCount;
    }
}
