package vn.tochuc.task.target;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.security.SignedInCaller;
import vn.tochuc.task.access.UnitAccess;

/**
 * Who reaches which target and figure. A target is seen by the callers acting for its owning unit and by those
 * acting for a unit below it (the district measured against a provincial target sees that target); a figure by the
 * callers acting for the owning unit or for the measuring unit. Anything else answers 404, like a missing id.
 */
@ApplicationScoped
class TargetAccess {

    private final UnitAccess units;
    private final SignedInCaller caller;
    private final TargetFigures figures;

    TargetAccess(UnitAccess units, SignedInCaller caller, TargetFigures figures) {
        this.units = units;
        this.caller = caller;
        this.figures = figures;
    }

    Target target(UUID id) {
        return Target.<Target>findByIdOptional(id).filter(this::sees)
                .orElseThrow(() -> ProblemException.notFound("target", id));
    }

    boolean sees(Target t) {
        List<UUID> owners = visibleOwnersOrAll();
        return owners == null || owners.contains(t.ownerUnitId);
    }

    /** The owning units whose targets the caller sees, or null when province-wide (no filter). */
    List<UUID> visibleOwnersOrAll() {
        List<UUID> covered = units.unitsOrAll();
        if (covered == null) {
            return null;
        }
        Set<UUID> owners = new LinkedHashSet<>(covered);
        for (UUID root : caller.orgUnits()) {
            owners.addAll(figures.ancestorsOrSelf(root));
        }
        return new ArrayList<>(owners);
    }

    boolean coversOwner(Target t) {
        return units.covers(t.ownerUnitId);
    }

    /** A figure of the target, reachable through the owning unit or the measuring unit. */
    TargetMeasurement measurement(Target target, UUID measurementId) {
        Optional<TargetMeasurement> found = TargetMeasurement.<TargetMeasurement>findByIdOptional(measurementId)
                .filter(m -> m.targetId.equals(target.id))
                .filter(m -> units.covers(target.ownerUnitId) || units.covers(m.unitId));
        return found.orElseThrow(() -> ProblemException.notFound("measurement of target " + target.code,
                measurementId));
    }

    /** Refuses a change of the target itself to a caller who only measures against it. */
    void requireOwner(Target t, String why) {
        if (!coversOwner(t)) {
            throw new ProblemException(403, "not-owner", ProblemText.of("not-owner").with("what", why)
                    .with("target", t.code).with("unit", UnitAccess.nameOf(t.ownerUnitId)));
        }
    }
}
