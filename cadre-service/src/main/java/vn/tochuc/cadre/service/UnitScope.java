package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.repository.PersonQueries;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.web.QueryParams;

/** An {@code orgUnitId} filter turned into the unit and every unit below it, from the org read model. */
@ApplicationScoped
public class UnitScope {

    private final PersonQueries queries;

    UnitScope(PersonQueries queries) {
        this.queries = queries;
    }

    /** @return null when no unit is given (no filter), else the unit and the units below it */
    public List<UUID> subtree(String orgUnitId) {
        UUID id = QueryParams.uuid("orgUnitId", orgUnitId);
        if (id == null) {
            return null;
        }
        if (OrgUnitView.findById(id) == null) {
            throw ProblemException.invalid("orgUnitId", "is not an org unit known to this service");
        }
        return queries.subtree(id);
    }
}
