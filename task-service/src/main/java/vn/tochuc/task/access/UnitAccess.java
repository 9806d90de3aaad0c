package vn.tochuc.task.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.tochuc.platform.orgscope.OrgScope;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * The caller's org scope applied to task-service's records: a record is reachable when one of its units (the
 * unit it is assigned to, or the unit that assigned it) lies in the caller's subtrees. Out of scope answers the
 * same 404 as a missing id, so ids cannot be probed.
 */
@RequestScoped
public class UnitAccess {

    private final OrgScope scope;

    UnitAccess(OrgScope scope) {
        this.scope = scope;
    }

    public boolean unlimited() {
        return scope.unlimited();
    }

    public boolean covers(UUID unitId) {
        return scope.covers(unitId);
    }

    /** Whether any of the units is in scope (a task is seen by the unit it is assigned to and by its assigner). */
    public boolean coversAny(Collection<UUID> unitIds) {
        return unlimited() || unitIds.stream().anyMatch(scope::covers);
    }

    /** The caller's units (subtrees included), or null when province-wide: for a list query's {@code in} filter. */
    public List<UUID> unitsOrAll() {
        return scope.unitsOrAll();
    }

    /** The record, when found and reachable through one of its units; else 404 naming {@code what} and the id. */
    public <T> T reachable(Optional<T> found, Function<T, Collection<UUID>> units, String what, UUID id) {
        return found.filter(record -> coversAny(units.apply(record)))
                .orElseThrow(() -> ProblemException.notFound(what, id));
    }

    /**
     * A unit the caller names in a write: it must be known to the org read model and in the caller's scope. An
     * unknown unit and one outside the scope get the same answer.
     */
    public OrgUnitView requireUnit(String field, UUID unitId) {
        OrgUnitView unit = unitId == null ? null : OrgUnitView.findById(unitId);
        if (unit == null || !scope.covers(unitId)) {
            throw new ProblemException(422, "unknown-unit", ProblemText.of("unknown-unit.yours").with("unit", unitId)
                    .with("field", field));
        }
        return unit;
    }

    /** A unit as a refusal names it: its name from the org read model, or its id when the model does not know it. */
    public static String nameOf(UUID unitId) {
        OrgUnitView unit = unitId == null ? null : OrgUnitView.findById(unitId);
        return unit == null ? String.valueOf(unitId) : unit.name;
    }

    /** Refuses a caller that must act for the whole province (an outside body's document, reference data). */
    public void requireProvinceWide(String why) {
        if (!unlimited()) {
            throw new ProblemException(403, "out-of-scope", ProblemText.of("out-of-scope.province-wide")
                    .with("what", why));
        }
    }
}
