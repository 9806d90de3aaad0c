package vn.tochuc.task.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.platform.web.EntityVersions;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.period.Period;

/**
 * Records, corrects and verifies what units reached for a target. The measuring unit is the owning unit or one below
 * it, in the caller's scope; the period lies within the target's term; one figure per target, unit and period.
 * Every entry or correction that changes a computed status (of the measuring unit or of a superior up to the owning
 * unit, whose combined figure it moves) publishes {@code status-changed} in the same transaction.
 *
 * <p>Java API (for the demo loader): {@link #record(UUID, NewMeasurement, Actor)},
 * {@link #correct(UUID, UUID, String, Correction, Actor)}, {@link #verify(UUID, UUID, String, LocalDate, Actor)}.
 * Outside an HTTP request, run them in an activated request context whose {@code OrgScope.actOnItsOwnBehalf()}
 * was called.
 */
@ApplicationScoped
public class MeasurementService {

    private final UnitAccess units;
    private final TargetAccess access;
    private final TargetFigures figures;
    private final TargetEvents events;
    private final AuditTrail audit;
    private final BoardCalendar calendar;

    MeasurementService(UnitAccess units, TargetAccess access, TargetFigures figures, TargetEvents events,
            AuditTrail audit, BoardCalendar calendar) {
        this.units = units;
        this.access = access;
        this.figures = figures;
        this.events = events;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Transactional
    public TargetMeasurement record(UUID targetId, NewMeasurement m, Actor actor) {
        Target target = access.target(targetId);
        Figure figure = Figure.of(target.aggregation, m.value(), m.numerator(), m.denominator());
        units.requireUnit("unitId", m.unitId());
        List<UUID> chain = chainUpToOwner(target, m.unitId());
        TargetMeasurement measurement = TargetMeasurement.record(target, m, figure, actor.subject());
        if (TargetMeasurement.count("targetId = ?1 and unitId = ?2 and period = ?3", target.id, m.unitId(),
                measurement.period) > 0) {
            throw ProblemException.conflict("already-measured", ProblemText.of("already-measured")
                    .with("unit", UnitAccess.nameOf(m.unitId())).with("target", target.code)
                    .with("period", measurement.period).with("targetId", target.id).with("unitId", m.unitId()));
        }
        Map<UUID, TargetStatus> before = statuses(target, chain, m.period());
        measurement.persist();
        TargetMeasurement.flush();
        events.measured(measurement);
        publishChanges(target, chain, m.period(), before, measurement);
        audit.record("target-measurement", measurement.id, "MEASURED", actor,
                TargetEvents.MeasurementData.of(measurement));
        return measurement;
    }

    /** Replaces a figure at the version the caller read; the replaced figure stays as a revision. */
    @Transactional
    public TargetMeasurement correct(UUID targetId, UUID measurementId, String ifMatch, Correction c, Actor actor) {
        Target target = access.target(targetId);
        TargetMeasurement measurement = access.measurement(target, measurementId);
        EntityVersions.requireMatch(ifMatch, measurement.version);
        Figure figure = Figure.of(target.aggregation, c.value(), c.numerator(), c.denominator());
        Period period = measurement.period();
        List<UUID> chain = chainUpToOwner(target, measurement.unitId);
        Map<UUID, TargetStatus> before = statuses(target, chain, period);
        measurement.correct(c, figure, actor.subject()).persist();
        TargetMeasurement.flush();
        events.measured(measurement);
        publishChanges(target, chain, period, before, measurement);
        audit.record("target-measurement", measurement.id, "CORRECTED", actor,
                TargetEvents.MeasurementData.of(measurement));
        return measurement;
    }

    /** Confirms a figure; only someone other than who entered it, acting for the owning unit. */
    @Transactional
    public TargetMeasurement verify(UUID targetId, UUID measurementId, String ifMatch, LocalDate verifiedOn,
            Actor actor) {
        Target target = access.target(targetId);
        TargetMeasurement measurement = access.measurement(target, measurementId);
        access.requireOwner(target, "verify its figures");
        EntityVersions.requireMatch(ifMatch, measurement.version);
        LocalDate today = calendar.today();
        measurement.verify(actor.subject(), verifiedOn == null ? today : verifiedOn,
                calendar.dayOf(measurement.recordedAt), today);
        TargetMeasurement.flush();
        events.verified(measurement);
        audit.record("target-measurement", measurement.id, "VERIFIED", actor,
                TargetEvents.MeasurementData.of(measurement));
        return measurement;
    }

    public TargetMeasurement get(UUID targetId, UUID measurementId) {
        return access.measurement(access.target(targetId), measurementId);
    }

    /** The figures that replaced ones had, oldest first. */
    public List<MeasurementRevision> revisions(TargetMeasurement m) {
        return MeasurementRevision.list("measurementId = ?1 order by revision", m.id);
    }

    /** Figures of a target the caller reaches, by unit and period, in order of period then id. */
    public List<TargetMeasurement> list(UUID targetId, UUID unitId, Period period, LocalDate afterStart,
            UUID afterId, int limit) {
        Target target = access.target(targetId);
        Filters filters = new Filters()
                .and("targetId = :target", "target", target.id)
                .and("unitId = :unit", "unit", unitId)
                .and("period = :period", "period", period == null ? null : period.code())
                .and("unitId in :units", "units", access.coversOwner(target) ? null : units.unitsOrAll());
        filters.after("periodStart", afterStart, afterId);
        return TargetMeasurement.<TargetMeasurement>find(filters.orderedBy("periodStart"), filters.params())
                .page(0, limit + 1).list();
    }

    /** The measuring unit and its superiors up to the owning unit; 422 when the unit is not in the owner's subtree. */
    private List<UUID> chainUpToOwner(Target target, UUID unitId) {
        List<UUID> up = figures.ancestorsOrSelf(unitId);
        int owner = up.indexOf(target.ownerUnitId);
        if (owner < 0) {
            throw new ProblemException(422, "unit-outside-target", ProblemText.of("unit-outside-target")
                    .with("unit", UnitAccess.nameOf(unitId)).with("target", target.code)
                    .with("owner", UnitAccess.nameOf(target.ownerUnitId)));
        }
        return up.subList(0, owner + 1);
    }

    private Map<UUID, TargetStatus> statuses(Target target, List<UUID> chain, Period period) {
        TargetStatusRule rule = TargetStatusRule.of(target);
        LocalDate today = calendar.today();
        Map<UUID, TargetStatus> statuses = new LinkedHashMap<>();
        for (UUID unit : chain) {
            UnitFigure f = figures.of(unit, List.of(target), period).get(target.id);
            statuses.put(unit, rule.status(period, f.value(), today));
        }
        return statuses;
    }

    private void publishChanges(Target target, List<UUID> chain, Period period, Map<UUID, TargetStatus> before,
            TargetMeasurement cause) {
        TargetStatusRule rule = TargetStatusRule.of(target);
        LocalDate today = calendar.today();
        for (UUID unit : chain) {
            UnitFigure f = figures.of(unit, List.of(target), period).get(target.id);
            TargetStatus now = rule.status(period, f.value(), today);
            if (now != before.get(unit)) {
                events.statusChanged(new TargetEvents.StatusChangedData(target.id, unit, period.code(),
                        before.get(unit).name(), now.name(), f.value(), rule.targetFor(period), f.source().name(),
                        cause.id));
            }
        }
    }
}
