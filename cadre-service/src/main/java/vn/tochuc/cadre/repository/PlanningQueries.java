package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Planning;
import vn.tochuc.platform.persistence.Filters;

/** Planning entries by person, unit and term, by term then id, continued after a keyset position. */
@ApplicationScoped
public class PlanningQueries {

    private final ReachablePersons reachable;

    PlanningQueries(ReachablePersons reachable) {
        this.reachable = reachable;
    }

    /** {@code termStart} null: every term; {@code includeRemoved}: also entries removed from planning. */
    public record Criteria(UUID personId, UUID orgUnitId, Integer termStart, boolean includeRemoved,
            Integer afterTerm, UUID afterId) {
    }

    public List<Planning> find(Criteria c, int limit) {
        Filters filters = reachable.only(new Filters())
                .and("personId = :person", "person", c.personId())
                .and("orgUnitId = :unit", "unit", c.orgUnitId())
                .and("termStart = :term", "term", c.termStart())
                .andIf(!c.includeRemoved(), "removedOn is null")
                .after("termStart", c.afterTerm(), c.afterId());
        return Planning.<Planning>find(filters.orderedBy("termStart"), filters.params()).page(0, limit).list();
    }
}
