package vn.tochuc.org.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
    /** The latest {@code updated_at} of a unit under the stamp: changes are read from a little before it. */
    private final OffsetDateTime latest;
    /** The versions of each unit (a unit with none: one never in effect, which still holds its unit's version). */
    private final Map<UUID, Version[]> versions;
    /** The versions under each parent (the roots under null), siblings in the walk's order. */
    private final Map<UUID, Version[]> children;

    private TreeOutline(String stamp, OffsetDateTime latest, Map<UUID, Version[]> versions,
            Map<UUID, Version[]> children) {
        this.stamp = stamp;
        this.latest = latest;
        this.versions = versions;
        this.children = children;
    }

    /** The structure's stamp the outline was read with: a read under another stamp is not answered from it. */
    public String stamp() {
        return stamp;
    }

    /** The latest change of a unit the outline holds; null for an empty structure. */
    public OffsetDateTime latest() {
        return latest;
    }

    /** How many versions the outline holds. */
    public int size() {
        return versions.values().stream().mapToInt(held -> held[0].validFrom() == null ? 0 : held.length).sum();
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

        /**
         * The version of a row of the outline's statements; a unit with no version (a null {@code validFrom}) gets one
         * that is never in effect, so that the outline still holds the unit's own version.
         */
        static Version of(UUID unit, LocalDate validFrom, LocalDate validTo, long version, LocalDate ceasedOn) {
            long ceased = ceasedOn == null ? Long.MAX_VALUE : ceasedOn.toEpochDay();
            if (validFrom == null) {
                return new Version(unit, null, Long.MAX_VALUE, Long.MIN_VALUE, version, ceased);
            }
            return new Version(unit, validFrom, validFrom.toEpochDay(),
                    validTo == null ? Long.MAX_VALUE : validTo.toEpochDay(), version, ceased);
        }

        boolean inEffect(long day) {
            return from <= day && day < to;
        }

        OrgUnitRow.Key key(long day) {
            return new OrgUnitRow.Key(unit, validFrom, version, ceased <= day);
        }
    }

    /** Builds an outline from every unit's versions, given in the walk's sibling order. */
    static final class Builder {
        private final Map<UUID, List<Version>> versions = new HashMap<>();
        private final Map<UUID, List<Version>> children = new HashMap<>();

        /** A version of {@code unit}, or the unit alone when {@code validFrom} is null (a unit with no version). */
        void add(UUID unit, UUID parent, LocalDate validFrom, LocalDate validTo, long version, LocalDate ceasedOn) {
            Version held = Version.of(unit, validFrom, validTo, version, ceasedOn);
            versions.computeIfAbsent(unit, id -> new ArrayList<>(2)).add(held);
            if (validFrom != null) {
                children.computeIfAbsent(parent, id -> new ArrayList<>(4)).add(held);
            }
        }

        TreeOutline build(String stamp, OffsetDateTime latest) {
            return new TreeOutline(stamp, latest, arrays(versions, new HashMap<>(versions.size() * 4 / 3 + 1)),
                    arrays(children, new HashMap<>(children.size() * 4 / 3 + 1)));
        }
    }

    /**
     * The changes since an outline was read, made into the outline of a later stamp without reading every version
     * again: every version of each unit changed since a little before the outline's {@link #latest} (its versions
     * replace the unit's), and every version under each parent one of their versions names, old or new (those replace
     * the parent's children, in the order given: the walk's sibling order). Versions are never deleted and a move
     * closes a version rather than editing its parent, so a unit moved out of a parent still names it.
     *
     * <p>Why it can be trusted: each change of the structure raises its unit's version and sets its
     * {@code updated_at} (StructureChanges), versions only grow, and units are never deleted, so when the outline made
     * has the stamp's count of units and sum of versions, every unit holds the version it has under the stamp: no
     * change was missed (one committed after a later one had been read, by more than the margin taken before
     * {@link #latest}). When the sums differ, {@link #build} gives nothing and the whole outline is read again.
     */
    static final class CatchUp {
        private final TreeOutline from;
        private final Map<UUID, List<Version>> versions = new HashMap<>();
        private final Map<UUID, List<Version>> children = new HashMap<>();

        CatchUp(TreeOutline from) {
            this.from = from;
        }

        /**
         * A version of a unit changed since the outline ({@code changed}) or of a sibling of one under a parent one
         * of its versions names; {@code validFrom} is null for a changed unit with no version.
         */
        void add(UUID unit, UUID parent, LocalDate validFrom, LocalDate validTo, long version, LocalDate ceasedOn,
                boolean changed) {
            Version held = Version.of(unit, validFrom, validTo, version, ceasedOn);
            if (changed) {
                versions.computeIfAbsent(unit, id -> new ArrayList<>(2)).add(held);
            }
            if (validFrom != null) {
                children.computeIfAbsent(parent, id -> new ArrayList<>(4)).add(held);
            }
        }

        /**
         * The outline of {@code stamp}, or nothing when it would not hold the stamp's {@code units} and
         * {@code versionSum}: a change was missed.
         */
        Optional<TreeOutline> build(String stamp, OffsetDateTime latest, long units, long versionSum) {
            Map<UUID, Version[]> allVersions = arrays(versions, new HashMap<>(from.versions));
            Map<UUID, Version[]> allChildren = arrays(children, new HashMap<>(from.children));
            long sum = 0;
            for (Version[] held : allVersions.values()) {
                sum += held[0].version();
            }
            if (allVersions.size() != units || sum != versionSum) {
                return Optional.empty();
            }
            return Optional.of(new TreeOutline(stamp, latest, allVersions, allChildren));
        }
    }

    private static Map<UUID, Version[]> arrays(Map<UUID, List<Version>> lists, Map<UUID, Version[]> into) {
        lists.forEach((id, list) -> into.put(id, list.toArray(NONE)));
        return into;
    }
}
