package vn.tochuc.org.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.org.domain.OrgUnitRow;

/**
 * Every version of every unit, reduced to what places it in a tree read and names its JSON (its parent, the days it is
 * in effect, its unit's version and end), read in one statement with the structure's stamp: the walks of a tree read
 * made in memory, with the keys of the units they show, for a date of any period. A province is about 11,000 versions
 * and 3 MB of heap (decisions.md, "The outline of the structure").
 *
 * <p>Why: each period of the structure was a walk in PostgreSQL on its first read (a recursive statement ranking the
 * siblings of each level, 5-10 ms for a district, 17-45 for a province), though the structure itself had not changed:
 * only the date had. Valid for the stamp it was read with alone ({@link #stamp}); the siblings come in the walk's own
 * order (PostgreSQL sorts them, in the text's collation, by the walk's key), so a walk here gives the units of the
 * statement's walk in the statement's order.
 */
public final class TreeOutline {

    private static final Version[] NONE = new Version[0];

    private final String stamp;
    /** The versions of each unit. */
    private final Map<UUID, Version[]> versions;
    /** The versions under each parent (the roots under null), siblings in the walk's order. */
    private final Map<UUID, Version[]> children;

    private TreeOutline(String stamp, Map<UUID, Version[]> versions, Map<UUID, Version[]> children) {
        this.stamp = stamp;
        this.versions = versions;
        this.children = children;
    }

    /** The structure's stamp the outline was read with: a read under another stamp is not answered from it. */
    public String stamp() {
        return stamp;
    }

    /** How many versions the outline holds. */
    public int size() {
        return versions.values().stream().mapToInt(held -> held.length).sum();
    }

    /**
     * The units of the subtree of {@code id} (every root's, for a null {@code id}) as of {@code asOf}, {@code maxDepth}
     * levels deep, in the order of {@link OrgTreeRepository#walkDownSql}: depth first, siblings by name and id. Empty
     * when {@code id} is not in effect on the date.
     */
    public Optional<Walk> walk(UUID id, LocalDate asOf, int maxDepth) {
        long day = asOf.toEpochDay();
        Walk walk = new Walk(new ArrayList<>(), new ArrayList<>());
        if (id == null) {
            for (Version root : children.getOrDefault(null, NONE)) {
                if (root.inEffect(day)) {
                    down(root, 0, maxDepth, day, walk);
                }
            }
            return Optional.of(walk);
        }
        for (Version version : versions.getOrDefault(id, NONE)) {
            if (version.inEffect(day)) {
                down(version, 0, maxDepth, day, walk);
                return Optional.of(walk);
            }
        }
        return Optional.empty();
    }

    private void down(Version unit, int depth, int maxDepth, long day, Walk walk) {
        walk.units().add(unit.key(day));
        walk.depths().add(depth);
        if (depth < maxDepth) {
            for (Version child : children.getOrDefault(unit.unit(), NONE)) {
                if (child.inEffect(day)) {
                    down(child, depth + 1, maxDepth, day, walk);
                }
            }
        }
    }

    /** The keys of a walk's units and their depths below its start, in its order. */
    public record Walk(List<OrgUnitRow.Key> units, List<Integer> depths) {
    }

    /**
     * One version: {@code from} and {@code to} are the epoch days of its {@code valid_from} and {@code valid_to} (no
     * end: {@link Long#MAX_VALUE}), {@code ceased} the unit's end (none: {@link Long#MAX_VALUE}).
     */
    record Version(UUID unit, LocalDate validFrom, long from, long to, long version, long ceased) {

        boolean inEffect(long day) {
            return from <= day && day < to;
        }

        OrgUnitRow.Key key(long day) {
            return new OrgUnitRow.Key(unit, validFrom, version, ceased <= day);
        }
    }

    /** Builds an outline from versions given in the walk's sibling order. */
    static final class Builder {
        private final Map<UUID, List<Version>> versions = new HashMap<>();
        private final Map<UUID, List<Version>> children = new HashMap<>();

        void add(UUID unit, UUID parent, LocalDate validFrom, LocalDate validTo, long version, LocalDate ceasedOn) {
            Version held = new Version(unit, validFrom, validFrom.toEpochDay(),
                    validTo == null ? Long.MAX_VALUE : validTo.toEpochDay(), version,
                    ceasedOn == null ? Long.MAX_VALUE : ceasedOn.toEpochDay());
            versions.computeIfAbsent(unit, id -> new ArrayList<>(2)).add(held);
            children.computeIfAbsent(parent, id -> new ArrayList<>(4)).add(held);
        }

        TreeOutline build(String stamp) {
            return new TreeOutline(stamp, arrays(versions), arrays(children));
        }

        private static Map<UUID, Version[]> arrays(Map<UUID, List<Version>> lists) {
            Map<UUID, Version[]> arrays = new HashMap<>(lists.size() * 4 / 3 + 1);
            lists.forEach((id, list) -> arrays.put(id, list.toArray(NONE)));
            return arrays;
        }
    }
}
