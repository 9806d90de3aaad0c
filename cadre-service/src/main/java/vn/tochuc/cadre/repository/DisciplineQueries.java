package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.Discipline;

/** The discipline register: decisions effective in a period, optionally of some units or one person. */
@ApplicationScoped
public class DisciplineQueries {

    private final ReachablePersons reachable;

    DisciplineQueries(ReachablePersons reachable) {
        this.reachable = reachable;
    }

    public List<Discipline> register(LocalDate from, LocalDate to, List<UUID> orgUnitIds, UUID personId) {
        StringBuilder where = new StringBuilder("effectiveOn >= :from and effectiveOn <= :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        if (orgUnitIds != null) {
            where.append(" and orgUnitId in :units");
            params.put("units", orgUnitIds);
        }
        if (reachable.units() != null) {
            where.append(" and ").append(ReachablePersons.CLAUSE);
            params.put("reachableUnits", reachable.units());
        }
        if (personId != null) {
            where.append(" and personId = :person");
            params.put("person", personId);
        }
        return Discipline.list(where + " order by effectiveOn, id", params);
    }
}
