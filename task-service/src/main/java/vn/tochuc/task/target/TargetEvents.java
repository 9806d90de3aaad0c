package vn.tochuc.task.target;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.event.Outbox;

/**
 * Publishes what happens to targets on {@code tochuc.task.target}, in the change's transaction. The key is the
 * target id for every event, so a target's definition, figures and status changes stay in order.
 */
@ApplicationScoped
public class TargetEvents {

    public static final String TOPIC = "tochuc.task.target";
    public static final String DEFINED = "vn.tochuc.task.target.defined.v1";
    public static final String CHANGED = "vn.tochuc.task.target.changed.v1";
    public static final String MEASURED = "vn.tochuc.task.target.measured.v1";
    public static final String VERIFIED = "vn.tochuc.task.target.verified.v1";
    public static final String STATUS_CHANGED = "vn.tochuc.task.target.status-changed.v1";
    public static final String TRANSFERRED = "vn.tochuc.task.target.transferred.v1";

    public record YearTargetData(int year, BigDecimal value) {
    }

    /** The target as integrators see it. */
    public record TargetData(UUID targetId, UUID documentId, String code, String name, String unitOfMeasure,
            String direction, String aggregation, Integer baselineYear, BigDecimal baselineValue, String term,
            BigDecimal termTarget, List<YearTargetData> yearlyTargets, UUID ownerUnitId) {

        static TargetData of(Target t) {
            return new TargetData(t.id, t.documentId, t.code, t.name, t.unitOfMeasure, t.direction.name(),
                    t.aggregation.name(), t.baselineYear, t.baselineValue, t.term, t.termTarget,
                    t.yearlyTargets.entrySet().stream().map(e -> new YearTargetData(e.getKey(), e.getValue()))
                            .sorted(java.util.Comparator.comparingInt(YearTargetData::year)).toList(),
                    t.ownerUnitId);
        }
    }

    /** A unit's figure for a period as entered, corrected or verified; revision 1 is the first entry. */
    public record MeasurementData(UUID measurementId, UUID targetId, UUID unitId, String period, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator, String evidenceRef, int revision, String recordedBy,
            String verifiedBy, LocalDate verifiedOn) {

        static MeasurementData of(TargetMeasurement m) {
            return new MeasurementData(m.id, m.targetId, m.unitId, m.period, m.value, m.numerator, m.denominator,
                    m.evidenceRef, m.revision, m.recordedBy, m.verifiedBy, m.verifiedOn);
        }
    }

    /** A unit's computed status for a period changed because a figure was entered or corrected. */
    public record StatusChangedData(UUID targetId, UUID unitId, String period, String previousStatus, String status,
            BigDecimal actual, BigDecimal target, String source, UUID causedByMeasurementId) {
    }

    /** The owning unit ceased and the target passed to its successor; its figures stay with the units measured. */
    public record TransferredData(UUID targetId, UUID documentId, String code, String name, String term,
            UUID fromUnitId, UUID toUnitId, UUID originalOwnerUnitId, LocalDate effectiveOn, String reason) {

        static TransferredData of(Target t, UUID from, String reason) {
            return new TransferredData(t.id, t.documentId, t.code, t.name, t.term, from, t.ownerUnitId,
                    t.originalOwnerUnitId, t.ownerSince, reason);
        }
    }

    private final Outbox outbox;

    TargetEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void defined(Target t) {
        outbox.publish(TOPIC, t.id.toString(), DEFINED, TargetData.of(t));
    }

    void changed(Target t) {
        outbox.publish(TOPIC, t.id.toString(), CHANGED, TargetData.of(t));
    }

    void measured(TargetMeasurement m) {
        outbox.publish(TOPIC, m.targetId.toString(), MEASURED, MeasurementData.of(m));
    }

    void verified(TargetMeasurement m) {
        outbox.publish(TOPIC, m.targetId.toString(), VERIFIED, MeasurementData.of(m));
    }

    void transferred(TransferredData data) {
        outbox.publish(TOPIC, data.targetId().toString(), TRANSFERRED, data);
    }

    void statusChanged(StatusChangedData change) {
        outbox.publish(TOPIC, change.targetId().toString(), STATUS_CHANGED, change);
    }
}
