package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.Appointment;

/** Appointments of a person or a unit, by start date then id, continued after a keyset position. */
@ApplicationScoped
public class AppointmentQueries {

    /** {@code openOnly}: still held; {@code flaggedOnly}: ended by a restructuring, person not yet placed again. */
    public record Criteria(UUID personId, UUID orgUnitId, boolean openOnly, boolean flaggedOnly,
            LocalDate afterStart, UUID afterId) {
    }

    public List<Appointment> find(Criteria c, int limit) {
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
        if (c.openOnly()) {
            where.append(" and endDate is null");
        }
        if (c.flaggedOnly()) {
            where.append(" and flaggedAt is not null and rearrangedBy is null");
        }
        if (c.afterStart() != null) {
            where.append(" and (startDate > :afterStart or (startDate = :afterStart and id > :afterId))");
            params.put("afterStart", c.afterStart());
            params.put("afterId", c.afterId());
        }
        return Appointment.<Appointment>find(where + " order by startDate, id", params).page(0, limit).list();
    }
}
