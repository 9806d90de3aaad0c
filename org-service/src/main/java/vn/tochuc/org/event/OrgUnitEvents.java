package vn.tochuc.org.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tochuc.org.domain.Decision;

/** The org-unit event contracts org-service publishes (catalog: docs/events/asyncapi.yaml). */
public final class OrgUnitEvents {

    /** One topic for the org-unit family; key = unit id, so one unit's events stay in order. */
    public static final String TOPIC = "tochuc.org.unit";
    private static final String PREFIX = "vn.tochuc.org.unit.";

    public static final String CREATED_V1 = PREFIX + "created.v1";
    public static final String RENAMED_V1 = PREFIX + "renamed.v1";
    public static final String MOVED_V1 = PREFIX + "moved.v1";
    public static final String LEVEL_CHANGED_V1 = PREFIX + "level-changed.v1";
    public static final String MERGED_V1 = PREFIX + "merged.v1";
    public static final String CONSOLIDATED_V1 = PREFIX + "consolidated.v1";
    public static final String SPLIT_V1 = PREFIX + "split.v1";
    public static final String DISSOLVED_V1 = PREFIX + "dissolved.v1";

    private OrgUnitEvents() {
    }

    /** A unit came into existence (thành lập) on {@code validFrom}. */
    public record CreatedV1(UUID unitId, String code, String name, String shortName, String kind, UUID parentId,
            LocalDate validFrom, String status, UUID caseId, Decision decision, List<UUID> predecessorIds) {
    }

    /**
     * A unit changed from {@code effectiveDate}: renamed, moved, level changed, or ceased (merged, consolidated,
     * split, dissolved). {@code current} is the unit from that date (status CEASED when it ceased); consumers
     * that keep a copy of the tree can apply it whatever the type.
     */
    public record ChangedV1(UUID unitId, String code, LocalDate effectiveDate, UUID caseId, Decision decision,
            State previous, State current, List<UUID> predecessorIds, List<UUID> successorIds) {
    }

    /** What a unit is on one side of a change. */
    public record State(String name, String shortName, String kind, UUID parentId, String status) {
    }
}
