package vn.tochuc.task.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** What a lead unit reported on its own task at one time. Never updated: the history is the record. */
@Entity
@Table(name = "task_progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(nullable = false)
    public BigDecimal percent;

    @Column(nullable = false)
    public String text;

    /** A URL or a document id where the evidence is kept. */
    @Column(name = "attachment_ref")
    public String attachmentRef;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;

    static ProgressReport of(Task task, NewProgressReport r, LocalDate today, String by) {
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.taskId = task.id;
        report.percent = r.percent();
        report.text = r.text();
        report.attachmentRef = r.attachmentRef();
        report.reportedOn = today;
        report.reportedBy = by;
        report.reportedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return report;
    }
}
