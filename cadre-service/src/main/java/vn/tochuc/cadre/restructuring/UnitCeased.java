package vn.tochuc.cadre.restructuring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.cadre.domain.Decision;

/**
 * This consumer's reading of org-service's merged / consolidated / split / dissolved events (catalog:
 * orgUnitChangedV1): the unit ceased on {@code effectiveDate}; {@code successorIds} took it over.
 */
record UnitCeased(UUID unitId, String code, LocalDate effectiveDate, UUID caseId, Decision decision,
        List<UUID> successorIds) {

    static final Set<String> TYPES = Set.of("merged", "consolidated", "split", "dissolved").stream()
            .map(verb -> "vn.tochuc.org.unit." + verb + ".v1")
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The one unit that takes the members over, or null when there is none or several to choose from. */
    UUID singleSuccessor() {
        return successorIds != null && successorIds.size() == 1 ? successorIds.get(0) : null;
    }
}
