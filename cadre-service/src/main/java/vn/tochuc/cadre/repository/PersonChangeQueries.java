package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.platform.persistence.Filters;

/** What changed since a time, in (time, id) order, continued after a keyset position. */
@ApplicationScoped
public class PersonChangeQueries {

    /** A CV's managing unit changed at this time, from the audit trail. */
    public record UnitMove(UUID personId, OffsetDateTime at) {
    }

    private final EntityManager em;

    PersonChangeQueries(EntityManager em) {
        this.em = em;
    }

    /** People in the given units (null: anywhere) whose CV changed after {@code since}. */
    public List<Person> changed(OffsetDateTime since, List<UUID> units, OffsetDateTime afterAt, UUID afterId,
            int limit) {
        Filters filters = new Filters()
                .and("updatedAt > :since", "since", since)
                .and("currentOrgUnitId in :units", "units", units)
                .after("updatedAt", afterAt, afterId);
        return Person.<Person>find(filters.orderedBy("updatedAt"), filters.params()).page(0, limit).list();
    }

    /**
     * Records whose managing unit moved from one of {@code units} to a unit outside them, after the keyset position
     * (at first: {@code since} and the nil id), oldest first.
     */
    @SuppressWarnings("unchecked")
    public List<UnitMove> movesOutOf(List<UUID> units, OffsetDateTime afterAt, UUID afterId, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select person_id, at from person_audit
                where (changes -> 'currentOrgUnitId') is not null and (at, person_id) > (?1, cast(?2 as uuid))
                  and cast(changes -> 'currentOrgUnitId' ->> 'from' as uuid) = any(cast(?3 as uuid[]))
                  and not coalesce(cast(changes -> 'currentOrgUnitId' ->> 'to' as uuid) = any(cast(?3 as uuid[])),
                                   false)
                order by at, person_id
                limit ?4""")
                .setParameter(1, afterAt).setParameter(2, afterId.toString())
                .setParameter(3, units.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(4, limit)
                .getResultList();
        List<UnitMove> moves = new ArrayList<>();
        for (Object[] row : rows) {
            moves.add(new UnitMove(uuid(row[0]), time(row[1])));
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
