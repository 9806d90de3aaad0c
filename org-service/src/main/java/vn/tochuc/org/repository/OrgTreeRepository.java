package vn.tochuc.org.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;
import vn.tochuc.org.domain.OrgUnitRow;
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

    /** Every unit in effect from the roots down, as a list, in the order of the streamed {@code /tree}. */
    public List<OrgUnitSnapshot> tree(LocalDate asOf, int maxDepth) {
        return walkDown("v.parent_id is null", asOf, maxDepth, null);
    }

    /**
     * {@link #subtree} (or, when {@code id} is null, every unit in effect from the roots down) handed to {@code each}
     * row by row as PostgreSQL sends them (a cursor of 500 rows), read straight from the JDBC row without an object
     * per unit: call it inside a transaction, and do not keep the row past the call.
     */
    public void walkDown(UUID id, LocalDate asOf, int maxDepth, RowHandler each) {
        Positional statement = Positional.of(walkDownSql(id == null ? "v.parent_id is null" : "v.unit_id = :id"));
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(statement.sql())) {
                statement.bind(query, Map.of("asOf", Date.valueOf(asOf), "maxDepth", maxDepth,
                        "id", id == null ? "" : id));
                query.setFetchSize(500);
                try (ResultSet rows = query.executeQuery()) {
                    JdbcRow row = new JdbcRow(rows);
                    while (rows.next()) {
                        each.accept(row);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The same rows in the same order as {@link #walkDown(UUID, LocalDate, int, RowHandler)}, from one read of every
     * unit in effect on the date (no walk, no index probe per unit) put in order here: worth it when the answer is
     * all or most of those units (the whole tree, or the subtree of the only root), wasteful for a small subtree.
     *
     * <p>PostgreSQL still orders the siblings ({@code name_search_key || '/' || unit_id}, in the text's collation, the
     * walk's own expression): the rows come sorted by that key alone, so each parent's children arrive in their order
     * and are only grouped by parent here; the depth-first assembly is all that is done in Java. The rows are held
     * (about 10,000 for a province), then handed over.
     */
    public void readDown(UUID id, LocalDate asOf, int maxDepth, RowHandler each) {
        readDown(id, asOf, maxDepth, new UnitWriter<OrgUnitSnapshot>() {
            @Override
            public OrgUnitSnapshot keep(OrgUnitRow row) {
                return snapshot(row);
            }

            @Override
            public void write(OrgUnitSnapshot unit, int depth) throws IOException, SQLException {
                each.accept(unit.atDepth(depth));
            }
        });
    }

    /**
     * {@link #readDown(UUID, LocalDate, int, RowHandler)} keeping of each row only what {@code writer} keeps of it
     * (besides its id and parent's), then handing that over in the walk's order: a writer that finds the row's answer
     * kept elsewhere reads no more of the row than it needs to find it.
     */
    public <T> void readDown(UUID id, LocalDate asOf, int maxDepth, UnitWriter<T> writer) {
        Positional statement = Positional.of(IN_EFFECT_SORTED);
        Map<UUID, List<Placed<T>>> children = new HashMap<>();
        List<Placed<T>> start = new ArrayList<>(1);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(statement.sql())) {
                statement.bind(query, Map.of("asOf", Date.valueOf(asOf)));
                query.setFetchSize(2_000);
                try (ResultSet rows = query.executeQuery()) {
                    JdbcRow row = new JdbcRow(rows);
                    while (rows.next()) {
                        Placed<T> unit = new Placed<>(row.id(), writer.keep(row));
                        children.computeIfAbsent(row.parentId(), parent -> new ArrayList<>(4)).add(unit);
                        if (unit.id().equals(id)) {
                            start.add(unit);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        List<Placed<T>> tops = id == null ? children.getOrDefault(null, List.of()) : start;
        try {
            for (Placed<T> top : tops) {
                handDown(top, 0, maxDepth, children, writer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@link #walkDown(UUID, LocalDate, int, RowHandler)} through a {@link UnitWriter}: each row kept and written at
     * once, as it arrives.
     */
    public <T> void walkDown(UUID id, LocalDate asOf, int maxDepth, UnitWriter<T> writer) {
        walkDown(id, asOf, maxDepth, row -> writer.write(writer.keep(row), row.depth()));
    }

    private static <T> void handDown(Placed<T> unit, int depth, int maxDepth, Map<UUID, List<Placed<T>>> children,
            UnitWriter<T> writer) throws IOException, SQLException {
        writer.write(unit.kept(), depth);
        if (depth < maxDepth) {
            for (Placed<T> child : children.getOrDefault(unit.id(), List.of())) {
                handDown(child, depth + 1, maxDepth, children, writer);
            }
        }
    }

    /** What a read down keeps of a unit while it puts the units in order. */
    private record Placed<T>(UUID id, T kept) {
    }

    /**
     * What a read down keeps of each row and how it writes it, at the depth the unit has below the start of the read.
     * {@code keep} is given the live JDBC row: it must not hold on to it past the call.
     */
    public interface UnitWriter<T> {
        T keep(OrgUnitRow row) throws IOException, SQLException;

        /**
         * What {@link #keep} would give for a row of {@code key}, found from the key alone, or null when the row is
         * needed: a walk that knows the units' keys before their rows (TreeOutline) asks this first, then reads the
         * rows of the units it got null for, all in one statement, and hands each to {@link #keepRead}.
         */
        default T keepByKey(OrgUnitRow.Key key) {
            return null;
        }

        /** {@link #keep} of a row whose key {@link #keepByKey} was asked for first, and gave null for. */
        default T keepRead(OrgUnitRow row) throws IOException, SQLException {
            return keep(row);
        }

        void write(T kept, int depth) throws IOException, SQLException;
    }

    /**
     * Every unit in effect on {@code :asOf}, in the walk's sibling order (and nothing else): the statement of
     * {@link #readDown}, public so that the benchmark times it inside PostgreSQL.
     */
    public static final String IN_EFFECT_SORTED = "select " + COLUMNS + ", 0 from org_unit_version v"
            + " join org_unit u on u.id = v.unit_id where " + IN_EFFECT
            + " order by v.name_search_key || '/' || v.unit_id";

    /**
     * What a streamed read needs before its first byte, in one statement: the unit in effect on the date (none when
     * {@code id} is null, or when it is not in effect), the structure's stamp (see {@link #STAMP}), how many units
     * are roots on the date, and the date's period (see {@link #PERIOD}).
     */
    public TreeStart start(UUID id, LocalDate asOf) {
        String stampAndRoots = "select s.*, (select count(*) from org_unit_version v where v.parent_id is null and "
                + IN_EFFECT + ") as roots, (" + PERIOD + ") as period from (" + STAMP + ") s";
        Query query = id == null ? em.createNativeQuery(stampAndRoots)
                : em.createNativeQuery("select t.*, x.* from (" + stampAndRoots + ") t left join (select " + COLUMNS
                        + ", 0 from org_unit_version v join org_unit u on u.id = v.unit_id where v.unit_id = :id and "
                        + IN_EFFECT + ") x on true").setParameter("id", id);
        Object[] row = (Object[]) query.setParameter("asOf", Date.valueOf(asOf)).getSingleResult();
        Optional<OrgUnitSnapshot> unit = row.length > 5 && row[5] != null
                ? Optional.of(snapshot(java.util.Arrays.copyOfRange(row, 5, row.length))) : Optional.empty();
        return new TreeStart(unit, stampOf(row), ((Number) row[3]).intValue(), date(row[4]));
    }

    /**
     * The first day of the period {@code :asOf} falls in: the latest day, up to that date, on which a version took
     * effect ({@code valid_from}) or lost it ({@code valid_to}), or a unit ceased ({@code ceased_on}, which turns its
     * status); null before the first of them. A tree read depends on its date only through these three (which
     * versions are in effect, {@link #COLUMNS}' status) and the date it echoes, so two dates with the same period
     * and the same stamp have the same tree: if nothing took or lost effect up to the later one since the earlier
     * one, nothing changed in between. The whole structure's days, not the subtree's: a boundary elsewhere only
     * splits a period that did not need it.
     */
    private static final String PERIOD = "select max(d) from ("
            + "select max(valid_from) as d from org_unit_version where valid_from <= :asOf"
            + " union all select max(valid_to) from org_unit_version where valid_to <= :asOf"
            + " union all select max(ceased_on) from org_unit where ceased_on <= :asOf) days";

    /**
     * The units whose tree entry can differ between a day in ({@code after}, {@code upTo}] and the day before: each
     * unit one of whose versions took or lost effect on such a day (a rename, a move, a new unit, an end) with its
     * parent then (a unit moved in or out, or new, changes its parent's subtree), and each unit that ceased on such a
     * day. A tree read's units change on no other days ({@link #PERIOD}), so a subtree holding none of them is the
     * same on both ends of the range. Empty when there are more than {@code limit} rows of them: a range that long is
     * not worth looking through.
     */
    public Optional<List<UUID>> touchedBetween(LocalDate after, LocalDate upTo, int limit) {
        String sql = "(select unit_id, parent_id from org_unit_version where valid_from > ? and valid_from <= ?"
                + " union all select unit_id, parent_id from org_unit_version where valid_to > ? and valid_to <= ?"
                + " union all select id, null from org_unit where ceased_on > ? and ceased_on <= ?) limit ?";
        List<UUID> touched = new ArrayList<>();
        int[] rows = new int[1];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int at = 1; at <= 6; at += 2) {
                    query.setObject(at, after);
                    query.setObject(at + 1, upTo);
                }
                query.setInt(7, limit + 1);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rows[0]++;
                        touched.add(row.getObject(1, UUID.class));
                        UUID parent = row.getObject(2, UUID.class);
                        if (parent != null) {
                            touched.add(parent);
                        }
                    }
                }
            }
        });
        return rows[0] > limit ? Optional.empty() : Optional.of(touched);
    }

    /**
     * Every version of every unit as a {@link TreeOutline}, with the structure's stamp read in the same statement (one
     * snapshot of the database: the outline is the structure of that stamp), siblings in the walk's order.
     */
    public TreeOutline outline() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.*, x.unit_id, x.parent_id, x.valid_from, x.valid_to,"
                + " x.version, x.ceased_on from (" + STAMP + ") s left join (select u.id as unit_id, v.parent_id,"
                + " v.valid_from, v.valid_to, u.version, u.ceased_on, v.name_search_key || '/' || v.unit_id as sibling"
                + " from org_unit u left join org_unit_version v on v.unit_id = u.id) x on true order by x.sibling")
                .getResultList();
        TreeOutline.Builder outline = new TreeOutline.Builder();
        for (Object[] row : rows) {
            if (row[3] != null) {
                outline.add((UUID) row[3], (UUID) row[4], date(row[5]), date(row[6]), ((Number) row[7]).longValue(),
                        date(row[8]));
            }
        }
        return outline.build(stampOf(rows.get(0)), rows.get(0)[2] == null ? null : time(rows.get(0)[2]));
    }

    /**
     * The outline of the structure as it stands, made from {@code held} and the versions of the units changed since
     * {@code since} (see {@link TreeOutline.CatchUp}), in one statement with the structure's stamp; nothing when more
     * than {@code most} versions would have to be read, or when a change was missed (then read the whole outline).
     */
    public Optional<TreeOutline> outlineSince(TreeOutline held, OffsetDateTime since, int most) {
        String unitColumns = "u.version, u.ceased_on, u.updated_at >= :since as changed,"
                + " v.name_search_key || '/' || v.unit_id as sibling";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with changed as (select id from org_unit where updated_at >= :since),"
                + " parents as (select distinct parent_id from org_unit_version where unit_id in (select id from changed)),"
                + " x as (select u.id as unit_id, v.parent_id, v.valid_from, v.valid_to, " + unitColumns
                + " from org_unit u left join org_unit_version v on v.unit_id = u.id where u.id in (select id from changed)"
                + " union select v.unit_id, v.parent_id, v.valid_from, v.valid_to, " + unitColumns
                + " from org_unit_version v join org_unit u on u.id = v.unit_id"
                + " where v.parent_id in (select parent_id from parents where parent_id is not null)"
                + " union select v.unit_id, v.parent_id, v.valid_from, v.valid_to, " + unitColumns
                + " from org_unit_version v join org_unit u on u.id = v.unit_id"
                + " where v.parent_id is null and exists (select 1 from parents where parent_id is null))"
                + " select s.*, x.unit_id, x.parent_id, x.valid_from, x.valid_to, x.version, x.ceased_on, x.changed"
                + " from (" + STAMP + ") s left join (select * from x order by sibling limit :most) x on true"
                + " order by x.sibling")
                .setParameter("since", since).setParameter("most", most + 1).getResultList();
        if (rows.size() > most) {
            return Optional.empty();
        }
        TreeOutline.CatchUp changes = new TreeOutline.CatchUp(held);
        for (Object[] row : rows) {
            if (row[3] != null) {
                changes.add((UUID) row[3], (UUID) row[4], date(row[5]), date(row[6]), ((Number) row[7]).longValue(),
                        date(row[8]), (Boolean) row[9]);
            }
        }
        Object[] stamp = rows.get(0);
        return changes.build(stampOf(stamp), stamp[2] == null ? null : time(stamp[2]), ((Number) stamp[0]).longValue(),
                ((Number) stamp[1]).longValue());
    }

    private static final Positional UNITS_IN_EFFECT = Positional.of("select " + COLUMNS + ", 0 from org_unit_version v"
            + " join org_unit u on u.id = v.unit_id where v.unit_id = any(:ids) and " + IN_EFFECT);

    /** The units of {@code ids} in effect on {@code asOf}, by id, as the walks read them (depth 0). */
    public Map<UUID, OrgUnitSnapshot> unitsInEffect(List<UUID> ids, LocalDate asOf) {
        Map<UUID, OrgUnitSnapshot> found = new HashMap<>(ids.size() * 4 / 3 + 1);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(UNITS_IN_EFFECT.sql())) {
                UNITS_IN_EFFECT.bind(query, Map.of("asOf", Date.valueOf(asOf),
                        "ids", connection.createArrayOf("uuid", ids.toArray())));
                query.setFetchSize(2_000);
                try (ResultSet rows = query.executeQuery()) {
                    JdbcRow row = new JdbcRow(rows);
                    while (rows.next()) {
                        OrgUnitSnapshot unit = snapshot(row);
                        found.put(unit.id(), unit);
                    }
                }
            }
        });
        return found;
    }

    /** The structure's stamp alone (see {@link #STAMP}), as {@link #start} gives it. */
    public String stamp() {
        return stampOf((Object[]) em.createNativeQuery(STAMP).getSingleResult());
    }

    /** The first three columns of a row that begins with {@link #STAMP}'s: one text, compared as it is. */
    private static String stampOf(Object[] row) {
        return row[0] + ":" + row[1] + ":" + row[2];
    }

    /**
     * Whether the structure under {@code stamp} is later than under {@code other}: more versions in all, or as many
     * with more units (a new unit may start at version 0). Versions only grow and units are never deleted
     * ({@link #STAMP}), so of two stamps read at two times, the later one is never behind.
     */
    public static boolean later(String stamp, String other) {
        String[] one = stamp.split(":", 3);
        String[] two = other.split(":", 3);
        int versions = Long.compare(Long.parseLong(one[1]), Long.parseLong(two[1]));
        return versions > 0 || versions == 0 && Long.parseLong(one[0]) > Long.parseLong(two[0]);
    }

    /**
     * A stamp of the whole structure that changes with every change of it, for the validators of streamed reads:
     * every change of a unit or its versions goes through {@code StructureChanges}, which raises the unit's version,
     * and versions only grow, so their sum does too; the count covers a new unit.
     */
    private static final String STAMP = "select count(*) as units, coalesce(sum(version), 0) as versions,"
            + " max(updated_at) as latest from org_unit";

    /** See {@link #start}; {@code period} is null for a date before anything took effect. */
    public record TreeStart(Optional<OrgUnitSnapshot> unit, String stamp, int roots, LocalDate period) {
    }

    /** What {@link #walkDown(UUID, LocalDate, int, RowHandler)} hands each row to; it may write it out. */
    @FunctionalInterface
    public interface RowHandler {
        void accept(OrgUnitRow row) throws IOException, SQLException;
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
     *
     * <p>Depth first, siblings by {@code name_search_key || '/' || unit_id}. Each level ranks its siblings once (a
     * window over the level's rows, in the text's own collation) and a unit's sort key is its ancestors' ranks and its
     * own, 4 bytes each, as one {@code bytea}: ordering 10,000 of those is a byte comparison, where ordering arrays of
     * texts compared element by element spilled to disk. A shorter key that is a prefix sorts first, so a unit comes
     * before the units below it, as with the arrays. The version's columns ride along the walk, so nothing joins back
     * to the versions.
     */
    public static String walkDownSql(String start) {
        String sibling = "v.name_search_key || '/' || v.unit_id";
        String version = "v.name, v.short_name, v.kind, v.parent_id, v.valid_from, v.valid_to";
        return "with recursive down (unit_id, depth, sort_key, name, short_name, kind, parent_id, valid_from, valid_to)"
                + " as (select v.unit_id, 0, int4send(cast(row_number() over (order by " + sibling + ") as int)), "
                + version + " from org_unit_version v where " + start + " and " + IN_EFFECT
                + " union all"
                + " select v.unit_id, down.depth + 1, down.sort_key || int4send(cast(row_number() over"
                + " (partition by v.parent_id order by " + sibling + ") as int)), " + version
                + " from org_unit_version v join down on v.parent_id = down.unit_id"
                + " where " + IN_EFFECT + " and down.depth < :maxDepth)"
                + " select " + COLUMNS.replace("v.", "down.") + ", down.depth from down"
                + " join org_unit u on u.id = down.unit_id order by down.sort_key";
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

    private static OrgUnitSnapshot snapshot(OrgUnitRow r) {
        return new OrgUnitSnapshot(r.id(), r.code(), r.name(), r.shortName(), r.kind(), r.parentId(), r.validFrom(),
                r.validTo(), r.status(), r.establishedOn(), r.ceasedOn(), r.foundingDecisionNumber(),
                r.foundingDecisionDate(), r.foundingDecisionIssuer(), r.version(), r.createdAt(), r.updatedAt(),
                r.depth());
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

    /** {@link OrgUnitRow} over the current row of the walk's result set, in the order of {@link #COLUMNS}. */
    private record JdbcRow(ResultSet rows) implements OrgUnitRow {

        @Override
        public UUID id() {
            return get(1, UUID.class);
        }

        @Override
        public String code() {
            return get(2, String.class);
        }

        @Override
        public String name() {
            return get(3, String.class);
        }

        @Override
        public String shortName() {
            return get(4, String.class);
        }

        @Override
        public String kind() {
            return get(5, String.class);
        }

        @Override
        public UUID parentId() {
            return get(6, UUID.class);
        }

        @Override
        public LocalDate validFrom() {
            return get(7, LocalDate.class);
        }

        @Override
        public LocalDate validTo() {
            return get(8, LocalDate.class);
        }

        @Override
        public String status() {
            return get(9, String.class);
        }

        @Override
        public LocalDate establishedOn() {
            return get(10, LocalDate.class);
        }

        @Override
        public LocalDate ceasedOn() {
            return get(11, LocalDate.class);
        }

        @Override
        public String foundingDecisionNumber() {
            return get(12, String.class);
        }

        @Override
        public LocalDate foundingDecisionDate() {
            return get(13, LocalDate.class);
        }

        @Override
        public String foundingDecisionIssuer() {
            return get(14, String.class);
        }

        @Override
        public long version() {
            return get(15, Long.class);
        }

        @Override
        public OffsetDateTime createdAt() {
            return time(get(16, OffsetDateTime.class));
        }

        @Override
        public OffsetDateTime updatedAt() {
            return time(get(17, OffsetDateTime.class));
        }

        @Override
        public int depth() {
            return get(18, Integer.class);
        }

        private <T> T get(int column, Class<T> type) {
            try {
                return rows.getObject(column, type);
            } catch (SQLException e) {
                throw new IllegalStateException("Column " + column + " of the walk down could not be read as "
                        + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        }
    }

    /** A statement written with named parameters ({@code :name}, as for Hibernate) made positional for JDBC. */
    private record Positional(String sql, List<String> names) {

        private static final Pattern NAMED = Pattern.compile("(?<!:):([A-Za-z]\\w*)");

        static Positional of(String named) {
            List<String> names = new ArrayList<>();
            Matcher m = NAMED.matcher(named);
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(sql, "?");
            }
            m.appendTail(sql);
            return new Positional(sql.toString(), names);
        }

        void bind(PreparedStatement statement, Map<String, Object> values) throws SQLException {
            for (int i = 0; i < names.size(); i++) {
                statement.setObject(i + 1, values.get(names.get(i)));
            }
        }
    }
}
