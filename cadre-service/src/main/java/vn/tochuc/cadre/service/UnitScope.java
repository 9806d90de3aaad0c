package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.repository.PersonQueries;
import vn.tochuc.platform.orgscope.OrgScope;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.QueryParams;

/**
 * An {@code orgUnitId} filter turned into the unit and every unit below it, from the org read model, and kept
 * within the caller's org scope: a caller limited to some units gets those when it names none.
 */
@ApplicationScoped
public class UnitScope {

    private final PersonQueries queries;
    private final OrgScope scope;
    private final PersonAccess access;

    UnitScope(PersonQueries queries, OrgScope scope, PersonAccess access) {
        this.queries = queries;
        this.scope = scope;
        this.access = access;
    }

    /** @return null when no unit is given and the caller is unlimited (no filter), else the units to look in */
    public List<UUID> subtree(String orgUnitId) {
        UUID id = QueryParams.uuid("orgUnitId", orgUnitId);
        if (id == null) {
            return scope.unitsOrAll();
        }
        return subtree(id);
    }

    /** The unit and the units below it; the unit must be known and within the caller's scope. */
    public List<UUID> subtree(UUID id) {
        if (OrgUnitView.findById(id) == null) {
            throw ProblemException.invalid("orgUnitId", "is not an org unit known to this service");
        }
        access.requireUnit("orgUnitId", id);
        return queries.subtree(id);
    }
}
