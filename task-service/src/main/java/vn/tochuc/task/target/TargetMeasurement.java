package vn.tochuc.task.target;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.task.period.Period;

/**
 * What a unit reached for a target in a period. Verification is a separate step by someone else who acts for the
 * target's owning unit; a correction replaces the figure, keeps the replaced one as a {@link MeasurementRevision}
 * and needs a new verification.
 */
@Entity
@Table(name = "target_measurement")
public class TargetMeasurement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    /** The period's code: 2024-Q1, 2024-H1 or 2024. */
    @Column(nullable = false)
    public String period;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

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

    /** 1 for the figure first entered, one more for each correction. */
    @Column(nullable = false)
    public int revision;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static TargetMeasurement record(Target target, NewMeasurement m, Figure figure, String recordedBy) {
        target.requireWithinTerm("period", m.period());
        TargetMeasurement measurement = new TargetMeasurement();
        measurement.id = UUID.randomUUID();
        measurement.targetId = target.id;
        measurement.unitId = m.unitId();
        measurement.period = m.period().code();
        measurement.periodStart = m.period().start();
        measurement.periodEnd = m.period().end();
        measurement.revision = 1;
        measurement.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        measurement.enter(figure, m.evidence(), m.evidenceRef(), recordedBy, measurement.createdAt);
        return measurement;
    }

    public Period period() {
        return Period.parse("period", period);
    }

    /** Replaces the figure; the answer is the replaced one, for the record. */
    MeasurementRevision correct(Correction c, Figure figure, String correctedBy) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        MeasurementRevision replaced = MeasurementRevision.of(this, correctedBy, now, c.reason());
        revision++;
        verifiedBy = null;
        verifiedOn = null;
        enter(figure, c.evidence(), c.evidenceRef(), correctedBy, now);
        return replaced;
    }

    /** Confirms the figure against its evidence (xác nhận); the one who entered it cannot confirm it. */
    void verify(String verifier, LocalDate on, LocalDate enteredOn, LocalDate today) {
        if (verifiedBy != null) {
            throw ProblemException.conflict("already-verified", ProblemText.of("already-verified")
                    .with("by", verifiedBy).with("date", verifiedOn));
        }
        if (verifier.equals(recordedBy)) {
            throw ProblemException.conflict("self-verification", ProblemText.of("self-verification"));
        }
        if (on.isAfter(today) || on.isBefore(enteredOn)) {
            throw ProblemException.invalid("verifiedOn", ProblemText.of("field.verified-between")
                    .with("entered", enteredOn).with("today", today));
        }
        verifiedBy = verifier;
        verifiedOn = on;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private void enter(Figure figure, String newEvidence, String newEvidenceRef, String by, OffsetDateTime at) {
        value = figure.value();
        numerator = figure.numerator();
        denominator = figure.denominator();
        evidence = newEvidence;
        evidenceRef = newEvidenceRef;
        recordedBy = by;
        recordedAt = at;
        updatedAt = at;
    }
}
