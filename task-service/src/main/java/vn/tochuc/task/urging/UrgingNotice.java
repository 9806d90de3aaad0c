package vn.tochuc.task.urging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * An urging notice (công văn đôn đốc): numbered per issuing unit and year without gaps, issued for a set of late
 * tasks the unit assigned. An issued notice is an official document and never changes.
 */
@Entity
@Table(name = "urging_notice")
public class UrgingNotice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "issuing_unit_id", nullable = false)
    public UUID issuingUnitId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int number;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(nullable = false)
    public String text;

    /** The day the lead units are asked to answer by, if the notice sets one. */
    @Column(name = "response_deadline")
    public LocalDate responseDeadline;

    @Column(name = "task_count", nullable = false)
    public int taskCount;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Version
    public long version;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    /** The notice numbered {@code number} of {@code issuedOn}'s year, as the counter gave it out. */
    static UrgingNotice issue(NewUrgingNotice n, LocalDate issuedOn, int number, int taskCount, String by) {
        UrgingNotice notice = new UrgingNotice();
        notice.id = UUID.randomUUID();
        notice.issuingUnitId = n.issuingUnitId();
        notice.year = issuedOn.getYear();
        notice.number = number;
        notice.issuedOn = issuedOn;
        notice.text = n.text().strip();
        notice.responseDeadline = n.responseDeadline();
        notice.taskCount = taskCount;
        notice.issuedBy = by;
        notice.issuedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return notice;
    }
}
