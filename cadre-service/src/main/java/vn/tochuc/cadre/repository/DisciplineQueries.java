package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Discipline;
import vn.tochuc.platform.persistence.Filters;

/** The discipline register: decisions effective in a period, optionally of some units or one person. */
@ApplicationScoped
public class DisciplineQueries {

    private final ReachablePersons reachable;

    DisciplineQueries(ReachablePersons reachable) {
        this.reachable = reachable;
    }

    public List<Discipline> register(LocalDate from, LocalDate to, List<UUID> orgUnitIds, UUID personId) {
        Filters filters = reachable.only(new Filters())
                .and("effectiveOn >= :from", "from", from)
                .and("effectiveOn <= :to", "to", to)
                .and("orgUnitId in :units", "units", orgUnitIds)
                .and("personId = :person", "person", personId);
        return Discipline.list(filters.orderedBy("effectiveOn"), filters.params());
    }
}
