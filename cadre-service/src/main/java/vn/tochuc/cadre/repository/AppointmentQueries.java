package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.platform.persistence.Filters;

/** Appointments of a person or a unit, by start date then id, continued after a keyset position. */
@ApplicationScoped
public class AppointmentQueries {

    private final ReachablePersons reachable;

    AppointmentQueries(ReachablePersons reachable) {
        this.reachable = reachable;
    }

    /** {@code openOnly}: still held; {@code flaggedOnly}: ended by a restructuring, person not yet placed again. */
    public record Criteria(UUID personId, UUID orgUnitId, boolean openOnly, boolean flaggedOnly,
            LocalDate afterStart, UUID afterId) {
    }

    public List<Appointment> find(Criteria c, int limit) {
        Filters filters = reachable.only(new Filters())
                .and("personId = :person", "person", c.personId())
                .and("orgUnitId = :unit", "unit", c.orgUnitId())
                .andIf(c.openOnly(), "endDate is null")
                .andIf(c.flaggedOnly(), "flaggedAt is not null and rearrangedBy is null")
                .after("startDate", c.afterStart(), c.afterId());
        return Appointment.<Appointment>find(filters.orderedBy("startDate"), filters.params()).page(0, limit).list();
    }

    /**
     * Appointments still open whose planned end (the end of the term they were given for) is before {@code asOf}:
     * the seats to re-elect, reappoint or end. In the units given (null: every unit the caller reaches).
     */
    public List<Appointment> termExpired(List<UUID> units, LocalDate asOf, LocalDate afterStart, UUID afterId,
            int limit) {
        Filters filters = reachable.only(new Filters())
                .and("orgUnitId in :units", "units", units)
                .and("endDate is null and plannedEndDate < :asOf", "asOf", asOf)
                .after("startDate", afterStart, afterId);
        return Appointment.<Appointment>find(filters.orderedBy("startDate"), filters.params()).page(0, limit).list();
    }
}
