package vn.tochuc.platform.orgscope;

import java.util.Collection;
import java.util.List;

/**
 * The units at and below some units, as the tree stands today: what {@link OrgScope} needs of the tree. Services
 * that keep the org read model use {@link OrgUnitTree}; org-service, which owns the tree, answers from its own
 * tables, so that one OrgScope decides scope in every service.
 */
public interface OrgSubtrees {

    /** The given units and every unit below them, ceased ones included. */
    List<java.util.UUID> subtrees(Collection<java.util.UUID> roots);
}
