package vn.tochuc.platform.orgscope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The units at and below some units, as the tree stands today: what {@link OrgScope} needs of the tree. Services
 * that keep the org read model use {@link OrgUnitTree}; org-service, which owns the tree, answers from its own
 * tables, so that one OrgScope decides scope in every service.
 */
public interface OrgSubtrees {

    /** Deep enough for any real hierarchy, bounded against a cycle in bad data. */
    int MAX_DEPTH = 50;

    /** The given units and every unit below them, ceased ones included. */
    List<UUID> subtrees(Collection<UUID> roots);

    /** The ids a native query returned, as UUIDs whichever way the driver gave them. */
    static List<UUID> ids(List<?> rows) {
        List<UUID> result = new ArrayList<>();
        rows.forEach(id -> result.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())));
        return result;
    }
}
