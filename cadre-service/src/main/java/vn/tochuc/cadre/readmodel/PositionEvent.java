package vn.tochuc.cadre.readmodel;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * This consumer's reading of org-service's position events (catalog: positionV1). Unknown fields are ignored, so
 * org-service may add fields without breaking it.
 */
record PositionEvent(UUID positionId, UUID orgUnitId, String titleCode, String titleName, LocalDate effectiveDate,
        State current) {

    static final String CREATED = "vn.tochuc.org.position.created.v1";
    static final String CHANGED = "vn.tochuc.org.position.changed.v1";
    static final String ENDED = "vn.tochuc.org.position.ended.v1";
    static final Set<String> TYPES = Set.of(CREATED, CHANGED, ENDED);

    record State(Integer seats, String managingBody, String status) {
    }
}
