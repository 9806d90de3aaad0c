package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.platform.persistence.Filters;

/** What changed in appointments since a time, in (time, id) order, continued after a keyset position. */
@ApplicationScoped
public class AppointmentChangeQueries {

    /**
     * An appointment whose person's managing unit crossed the edge of the caller's units at this time: into them
     * ({@code inward}) or out of them.
     */
    public record PersonMove(UUID appointmentId, OffsetDateTime at, boolean inward) {
    }

    private final EntityManager em;
    private final ReachablePersons reachable;

    AppointmentChangeQueries(EntityManager em, ReachablePersons reachable) {
        this.em = em;
        this.reachable = reachable;
    }

    /** Appointments of the people the caller reaches that changed after {@code since}. */
    public List<Appointment> changed(OffsetDateTime since, OffsetDateTime afterAt, UUID afterId, int limit) {
        Filters filters = reachable.only(new Filters())
                .and("updatedAt > :since", "since", since)
                .after("updatedAt", afterAt, afterId);
        return Appointment.<Appointment>find(filters.orderedBy("updatedAt"), filters.params()).page(0, limit).list();
    }

    /** Of the given appointments, those whose person the caller reaches now. */
    public List<Appointment> reachable(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Filters filters = reachable.only(new Filters()).and("id in :ids", "ids", ids);
        return Appointment.<Appointment>find(filters.where(), filters.params()).list();
    }

    /**
     * The appointments (already made then) of every person whose managing unit moved into or out of {@code units}
     * after the keyset position (at first: {@code since} and the nil id), oldest first: from the audit trail, as the
     * people's feed reads it.
     */
    @SuppressWarnings("unchecked")
    public List<PersonMove> movesAcross(List<UUID> units, OffsetDateTime afterAt, UUID afterId, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, pa.at,
                       coalesce(cast(pa.changes -> 'currentOrgUnitId' ->> 'to' as uuid) = any(cast(?3 as uuid[])),
                                false)
                from person_audit pa join appointment a on a.person_id = pa.person_id and a.created_at <= pa.at
                where (pa.changes -> 'currentOrgUnitId') is not null and (pa.at, a.id) > (?1, cast(?2 as uuid))
                  and coalesce(cast(pa.changes -> 'currentOrgUnitId' ->> 'from' as uuid) = any(cast(?3 as uuid[])),
                               false)
                   <> coalesce(cast(pa.changes -> 'currentOrgUnitId' ->> 'to' as uuid) = any(cast(?3 as uuid[])),
                               false)
                order by pa.at, a.id
                limit ?4""")
                .setParameter(1, afterAt).setParameter(2, afterId.toString())
                .setParameter(3, units.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(4, limit)
                .getResultList();
        List<PersonMove> moves = new ArrayList<>();
        for (Object[] row : rows) {
            moves.add(new PersonMove(uuid(row[0]), time(row[1]), Boolean.TRUE.equals(row[2])));
        }
        return moves;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        Instant instant = value instanceof Timestamp ts ? ts.toInstant() : (Instant) value;
        return instant.atOffset(ZoneOffset.UTC);
    }
}
