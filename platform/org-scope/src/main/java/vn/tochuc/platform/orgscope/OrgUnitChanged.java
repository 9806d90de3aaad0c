package vn.tochuc.platform.orgscope;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * This consumer's reading of every org-unit change event (renamed, moved, level-changed, merged, consolidated,
 * split, dissolved; contract: docs/events/asyncapi.yaml): {@code current} is the unit from the effective date.
 */
record OrgUnitChanged(UUID unitId, String code, LocalDate effectiveDate, State current) {

    static final Set<String> TYPES = Set.of("renamed", "moved", "level-changed", "merged", "consolidated", "split",
            "dissolved").stream().map(verb -> "vn.tochuc.org.unit." + verb + ".v1")
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    record State(String name, String shortName, String kind, UUID parentId, String status) {
    }
}
