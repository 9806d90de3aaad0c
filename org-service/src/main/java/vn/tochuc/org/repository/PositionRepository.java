package vn.tochuc.org.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Positions and their holders as of a date, read with one indexed query each rather than entity by entity. */
@ApplicationScoped
public class PositionRepository {

    private static final String IN_EFFECT = "p.valid_from <= :asOf and (p.valid_to is null or p.valid_to > :asOf)"
            + " and v.valid_from <= :asOf and (v.valid_to is null or v.valid_to > :asOf)";
    private static final String SELECT = "select p.id, p.org_unit_id, p.title_code, t.name_vi, t.sort_order, "
            + "p.valid_from, p.valid_to, p.status, v.seats, v.managing_body, p.version from position p "
            + "join position_version v on v.position_id = p.id join position_title t on t.code = p.title_code where ";

    private final EntityManager em;

    PositionRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Holds, until the transaction ends, the right to create a position of this title in this unit. The exclusion
     * constraint {@code position_title_once} alone is not enough for simultaneous requests: PostgreSQL makes two
     * inserts that conflict under an exclusion constraint wait for each other, and the deadlock detector ends the
     * wait a second later with 40P01 (503 to the caller) instead of 409. With this lock the second request waits for
     * the first to commit, then its own check sees the committed position and answers 409 with the position's id.
     */
    public void lockTitleInUnit(UUID orgUnitId, String titleCode) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "position:" + orgUnitId + ":" + titleCode).getSingleResult();
    }

    /** A position as it was on one date: identity, title and the seats in effect then. */
    public record PositionOnDate(UUID id, UUID orgUnitId, String titleCode, String titleName, int titleOrder,
            LocalDate validFrom, LocalDate validTo, String status, int seats, String managingBody, long version) {
    }

    /** Who held a seat of a position on a date. */
    public record Holder(UUID positionId, UUID appointmentId, UUID personId, String personName, String kind,
            LocalDate startDate) {
    }

    /** Positions in effect on the date, by unit, title order and id, after the given key (keyset paging). */
    public List<PositionOnDate> page(UUID orgUnitId, LocalDate asOf, List<String> after, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + IN_EFFECT);
        if (orgUnitId != null) {
            sql.append(" and p.org_unit_id = :unit");
        }
        if (!after.isEmpty()) {
            sql.append(" and (p.org_unit_id, t.sort_order, p.id) > (cast(:afterUnit as uuid), :afterOrder, "
                    + "cast(:afterId as uuid))");
        }
        Query query = em.createNativeQuery(sql + " order by p.org_unit_id, t.sort_order, p.id").setMaxResults(limit);
        if (orgUnitId != null) {
            query.setParameter("unit", orgUnitId);
        }
        if (!after.isEmpty()) {
            query.setParameter("afterUnit", after.get(0)).setParameter("afterOrder", Integer.parseInt(after.get(1)))
                    .setParameter("afterId", after.get(2));
        }
        return positions(query, asOf);
    }

    /** Every position in effect on the date in the given units, by title order. */
    public List<PositionOnDate> inUnits(Collection<UUID> unitIds, LocalDate asOf) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return positions(em.createNativeQuery(SELECT + IN_EFFECT + " and p.org_unit_id in (:units)"
                + " order by t.sort_order, p.id").setParameter("units", unitIds), asOf);
    }

    /** The people holding seats of these positions on the date, longest-serving first. */
    @SuppressWarnings("unchecked")
    public List<Holder> holders(Collection<UUID> positionIds, LocalDate asOf) {
        if (positionIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select o.position_id, o.appointment_id, o.person_id, "
                        + "o.person_name, o.kind, o.start_date from position_occupancy o where o.position_id in (:ids)"
                        + " and o.start_date <= :asOf and (o.end_date is null or o.end_date > :asOf)"
                        + " order by o.start_date, o.appointment_id")
                .setParameter("ids", positionIds).setParameter("asOf", Date.valueOf(asOf)).getResultList();
        return rows.stream().map(r -> new Holder((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], date(r[5]))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<PositionOnDate> positions(Query query, LocalDate asOf) {
        List<Object[]> rows = query.setParameter("asOf", Date.valueOf(asOf)).getResultList();
        return rows.stream().map(r -> new PositionOnDate((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), date(r[5]), date(r[6]), (String) r[7], ((Number) r[8]).intValue(),
                (String) r[9], ((Number) r[10]).longValue())).toList();
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
