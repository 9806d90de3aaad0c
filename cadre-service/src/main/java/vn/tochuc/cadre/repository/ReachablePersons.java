package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tochuc.platform.orgscope.OrgScope;
import vn.tochuc.platform.persistence.Filters;

/** Narrows a list of records kept per person to the people in the caller's org scope. */
@ApplicationScoped
public class ReachablePersons {

    /** A record's person must be managed by a unit the caller acts for. */
    private static final String CLAUSE =
            "personId in (select p.id from Person p where p.currentOrgUnitId in :reachableUnits)";

    private final OrgScope scope;

    ReachablePersons(OrgScope scope) {
        this.scope = scope;
    }

    public Filters only(Filters filters) {
        return filters.and(CLAUSE, "reachableUnits", scope.unitsOrAll());
    }
}
