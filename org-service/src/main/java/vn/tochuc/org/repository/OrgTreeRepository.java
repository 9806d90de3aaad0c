package vn.tochuc.org.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import vn.tochuc.org.domain.OrgUnitSnapshot;

/**
 * Reads of the structure as of a date, answered by indexed SQL (a recursive walk over the versions in effect on
 * that date) rather than by loading the tree into memory.
 */
@ApplicationScoped
public class OrgTreeRepository {

    /** The columns of {@link OrgUnitSnapshot}, in order; {@code depth} is appended by each query. */
    private static final String COLUMNS = "u.id, u.code, v.name, v.short_name, v.kind, v.parent_id, v.valid_from, "
            + "v.valid_to, case when u.ceased_on is null or u.ceased_on > :asOf then 'ACTIVE' else 'CEASED' end, u.established_on, u.ceased_on, u.founding_decision_number, "
            + "u.founding_decision_date, u.founding_decision_issuer, u.version, u.created_at, u.updated_at";
    private static final String IN_EFFECT = "v.valid_from <= :asOf and (v.valid_to is null or v.valid_to > :asOf)";

    private final EntityManager em;

    OrgTreeRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<OrgUnitSnapshot> unit(UUID id, LocalDate asOf) {
        return snapshots(em.createNativeQuery("select " + COLUMNS + ", 0 from org_unit_version v "
                + "join org_unit u on u.id = v.unit_id where v.unit_id = :id and " + IN_EFFECT)
                .setParameter("id", id), asOf).stream().findFirst();
    }

    public List<OrgUnitSnapshot> children(UUID id, LocalDate asOf) {
        return snapshots(em.createNativeQuery("select " + COLUMNS + ", 1 from org_unit_version v "
                + "join org_unit u on u.id = v.unit_id where v.parent_id = :id and " + IN_EFFECT
                + " order by v.name_search_key, u.id").setParameter("id", id), asOf);
    }

    /** The unit and everything below it, depth first, siblings by name; {@code maxDepth} 0 is the unit alone. */
    public List<OrgUnitSnapshot> subtree(UUID id, LocalDate asOf, int maxDepth) {
        return walkDown("v.unit_id = :id", asOf, maxDepth, id);
    }

    /**
     * {@link #subtree} (or, when {@code id} is null, every unit in effect from the roots down) handed to {@code each} row by row as PostgreSQL
     * sends them in batches, for an answer streamed while it is read: call it inside a transaction (a cursor).
     */
    public void walkDown(UUID id, LocalDate asOf, int maxDepth, Consumer<OrgUnitSnapshot> each) {
        Query query = em.createNativeQuery(walkDownSql(id == null ? "v.parent_id is null" : "v.unit_id = :id"))
                .setParameter("maxDepth", maxDepth).setParameter("asOf", Date.valueOf(asOf))
                .setHint(HibernateHints.HINT_FETCH_SIZE, 500);
        if (id != null) {
            query.setParameter("id", id);
        }
        try (Stream<?> rows = query.getResultStream()) {
            rows.forEach(r -> each.accept(snapshot((Object[]) r)));
        }
    }

    /** From the root down to the unit's parent. */
    public List<OrgUnitSnapshot> ancestors(UUID id, LocalDate asOf) {
        Query query = em.createNativeQuery("with recursive up (unit_id, parent_id, depth) as ("
                + " select v.unit_id, v.parent_id, 0 from org_unit_version v where v.unit_id = :id and " + IN_EFFECT
                + " union all"
                + " select v.unit_id, v.parent_id, up.depth - 1 from org_unit_version v"
                + " join up on v.unit_id = up.parent_id where " + IN_EFFECT + " and up.depth > -1000)"
                + " select " + COLUMNS + ", up.depth from up"
                + " join org_unit_version v on v.unit_id = up.unit_id and " + IN_EFFECT
                + " join org_unit u on u.id = up.unit_id where up.depth < 0 order by up.depth")
                .setParameter("id", id);
        return snapshots(query, asOf);
    }

    /** True when {@code candidate} is {@code root} or lies below it on the date. */
    public boolean isWithin(UUID candidate, UUID root, LocalDate asOf) {
        Object found = em.createNativeQuery("with recursive up (unit_id, parent_id, depth) as ("
                        + " select v.unit_id, v.parent_id, 0 from org_unit_version v where v.unit_id = :id and "
                        + IN_EFFECT
                        + " union all"
                        + " select v.unit_id, v.parent_id, up.depth + 1 from org_unit_version v"
                        + " join up on v.unit_id = up.parent_id where " + IN_EFFECT + " and up.depth < 1000)"
                        + " select count(*) from up where unit_id = :root")
                .setParameter("id", candidate).setParameter("root", root).setParameter("asOf", Date.valueOf(asOf))
                .getSingleResult();
        return ((Number) found).longValue() > 0;
    }

    /** Units whose name on the date contains the query's search key, closest matches first. */
    public List<OrgUnitSnapshot> search(String searchKey, LocalDate asOf, int offset, int limit) {
        Query query = em.createNativeQuery("select " + COLUMNS + ", 0 from org_unit_version v "
                        + "join org_unit u on u.id = v.unit_id where " + IN_EFFECT
                        + " and v.name_search_key like :pattern"
                        + " order by (v.name_search_key = :key) desc, (v.name_search_key like :prefix) desc,"
                        + " similarity(v.name_search_key, :key) desc, v.name_search_key, u.id")
                .setParameter("pattern", "%" + escapeLike(searchKey) + "%")
                .setParameter("prefix", escapeLike(searchKey) + "%")
                .setParameter("key", searchKey)
                .setFirstResult(offset).setMaxResults(limit);
        return snapshots(query, asOf);
    }

    /** Units in effect on the date ordered by name then id, after the given sort key (keyset paging). */
    public List<OrgUnitSnapshot> listByName(LocalDate asOf, String code, String afterKey, UUID afterId, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + ", 0 from org_unit_version v "
                + "join org_unit u on u.id = v.unit_id where " + IN_EFFECT);
        if (code != null) {
            sql.append(" and lower(u.code) = lower(:code)");
        }
        if (afterKey != null) {
            sql.append(" and (v.name_search_key, u.id) > (:afterKey, :afterId)");
        }
        Query query = em.createNativeQuery(sql + " order by v.name_search_key, u.id").setMaxResults(limit);
        if (code != null) {
            query.setParameter("code", code);
        }
        if (afterKey != null) {
            query.setParameter("afterKey", afterKey).setParameter("afterId", afterId);
        }
        return snapshots(query, asOf);
    }

    private List<OrgUnitSnapshot> walkDown(String start, LocalDate asOf, int maxDepth, UUID id) {
        Query query = em.createNativeQuery(walkDownSql(start)).setParameter("maxDepth", maxDepth);
        if (id != null) {
            query.setParameter("id", id);
        }
        return snapshots(query, asOf);
    }

    /**
     * The statement of the walks down (start {@code v.unit_id = :id}, or {@code v.parent_id is null}), with the parameters
     * {@code :asOf} and {@code :maxDepth}: public so that the benchmark times the same statement inside PostgreSQL.
     */
    public static String walkDownSql(String start) {
        return "with recursive down (unit_id, depth, path) as ("
                + " select v.unit_id, 0, array[v.name_search_key || '/' || v.unit_id]"
                + " from org_unit_version v where " + start + " and " + IN_EFFECT
                + " union all"
                + " select v.unit_id, down.depth + 1, down.path || (v.name_search_key || '/' || v.unit_id)"
                + " from org_unit_version v join down on v.parent_id = down.unit_id"
                + " where " + IN_EFFECT + " and down.depth < :maxDepth)"
                + " select " + COLUMNS + ", down.depth from down"
                + " join org_unit_version v on v.unit_id = down.unit_id and " + IN_EFFECT
                + " join org_unit u on u.id = down.unit_id order by down.path";
    }

    @SuppressWarnings("unchecked")
    private static List<OrgUnitSnapshot> snapshots(Query query, LocalDate asOf) {
        List<Object[]> rows = query.setParameter("asOf", Date.valueOf(asOf)).getResultList();
        return rows.stream().map(OrgTreeRepository::snapshot).toList();
    }

    private static OrgUnitSnapshot snapshot(Object[] r) {
        return new OrgUnitSnapshot((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (UUID) r[5], date(r[6]), date(r[7]), (String) r[8], date(r[9]), date(r[10]), (String) r[11],
                date(r[12]), (String) r[13], ((Number) r[14]).longValue(), time(r[15]), time(r[16]),
                ((Number) r[17]).intValue());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
