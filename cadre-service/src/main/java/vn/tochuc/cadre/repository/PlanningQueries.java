package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.Planning;

/** Planning entries by person, unit and term, by term then id, continued after a keyset position. */
@ApplicationScoped
public class PlanningQueries {

    /** {@code termStart} null: every term; {@code includeRemoved}: also entries removed from planning. */
    public record Criteria(UUID personId, UUID orgUnitId, Integer termStart, boolean includeRemoved,
            Integer afterTerm, UUID afterId) {
    }

    public List<Planning> find(Criteria c, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (c.personId() != null) {
            where.append(" and personId = :person");
            params.put("person", c.personId());
        }
        if (c.orgUnitId() != null) {
            where.append(" and orgUnitId = :unit");
            params.put("unit", c.orgUnitId());
        }
        if (c.termStart() != null) {
            where.append(" and termStart = :term");
            params.put("term", c.termStart());
        }
        if (!c.includeRemoved()) {
            where.append(" and removedOn is null");
        }
        if (c.afterTerm() != null) {
            where.append(" and (termStart > :afterTerm or (termStart = :afterTerm and id > :afterId))");
            params.put("afterTerm", c.afterTerm());
            params.put("afterId", c.afterId());
        }
        return Planning.<Planning>find(where + " order by termStart, id", params).page(0, limit).list();
    }
}
