package vn.tochuc.task.target;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A figure a correction replaced, kept as it was with who replaced it and why; never changed afterwards. */
@Entity
@Table(name = "target_measurement_revision")
public class MeasurementRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "measurement_id", nullable = false)
    public UUID measurementId;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public BigDecimal value;

    public BigDecimal numerator;

    public BigDecimal denominator;

    public String evidence;

    @Column(name = "evidence_ref")
    public String evidenceRef;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_on")
    public LocalDate verifiedOn;

    @Column(name = "replaced_by", nullable = false)
    public String replacedBy;

    @Column(name = "replaced_at", nullable = false)
    public OffsetDateTime replacedAt;

    @Column(nullable = false)
    public String reason;

    static MeasurementRevision of(TargetMeasurement m, String replacedBy, OffsetDateTime replacedAt, String reason) {
        MeasurementRevision r = new MeasurementRevision();
        r.id = UUID.randomUUID();
        r.measurementId = m.id;
        r.revision = m.revision;
        r.value = m.value;
        r.numerator = m.numerator;
        r.denominator = m.denominator;
        r.evidence = m.evidence;
        r.evidenceRef = m.evidenceRef;
        r.recordedBy = m.recordedBy;
        r.recordedAt = m.recordedAt;
        r.verifiedBy = m.verifiedBy;
        r.verifiedOn = m.verifiedOn;
        r.replacedBy = replacedBy;
        r.replacedAt = replacedAt;
        r.reason = reason;
        return r;
    }
}
