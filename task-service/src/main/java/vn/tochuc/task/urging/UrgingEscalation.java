package vn.tochuc.task.urging;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A task reported to the unit above the issuing unit because urging it did not help (its N-th notice). */
@Entity
@Table(name = "urging_escalation")
public class UrgingEscalation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    /** The notice that reached the count. */
    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(name = "issuing_unit_id", nullable = false)
    public UUID issuingUnitId;

    /** The parent of the issuing unit in the org read model. */
    @Column(name = "addressed_unit_id", nullable = false)
    public UUID addressedUnitId;

    @Column(name = "notice_count", nullable = false)
    public int noticeCount;

    @Column(name = "escalated_on", nullable = false)
    public LocalDate escalatedOn;

    @Column(name = "escalated_at", nullable = false)
    public OffsetDateTime escalatedAt;

    static UrgingEscalation of(UrgingNotice notice, UUID taskId, UUID addressedUnitId, int noticeCount) {
        UrgingEscalation e = new UrgingEscalation();
        e.id = UUID.randomUUID();
        e.taskId = taskId;
        e.noticeId = notice.id;
        e.issuingUnitId = notice.issuingUnitId;
        e.addressedUnitId = addressedUnitId;
        e.noticeCount = noticeCount;
        e.escalatedOn = notice.issuedOn;
        e.escalatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return e;
    }
}
