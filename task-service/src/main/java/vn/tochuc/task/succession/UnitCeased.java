package vn.tochuc.task.succession;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * This feature's reading of org-service's merged / consolidated / split / dissolved events (catalog:
 * orgUnitChangedV1): the unit ceased on {@code effectiveDate}; {@code successorIds} took it over (none when it was
 * dissolved). {@code change} is the verb of the event type.
 */
record UnitCeased(UUID unitId, String code, LocalDate effectiveDate, List<UUID> successorIds, String change) {

    static final String PREFIX = "vn.tochuc.org.unit.";
    static final Set<String> TYPES = Set.of("merged", "consolidated", "split", "dissolved").stream()
            .map(verb -> PREFIX + verb + ".v1").collect(Collectors.toUnmodifiableSet());

    /** The wire form of the fields this feature reads; unknown fields are ignored. */
    record Data(UUID unitId, String code, LocalDate effectiveDate, List<UUID> successorIds) {
    }

    boolean dissolved() {
        return "dissolved".equals(change);
    }

    /** Several successors: no event says which of them takes a given item. */
    boolean split() {
        return successorIds.size() > 1;
    }

    String describe(String eventId) {
        return "Unit " + (code == null ? unitId : code) + " " + change + " on " + effectiveDate
                + (successorIds.isEmpty() ? "" : " into " + successorIds) + " (org-service event " + eventId + ")";
    }
}
