package vn.tochuc.org.event;

import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.org.domain.Decision;

/** The position event contracts org-service publishes (catalog: docs/events/asyncapi.yaml). */
public final class PositionEvents {

    /** One topic for the position family; key = position id, so one position's events stay in order. */
    public static final String TOPIC = "tochuc.org.position";
    private static final String PREFIX = "vn.tochuc.org.position.";

    public static final String CREATED_V1 = PREFIX + "created.v1";
    public static final String CHANGED_V1 = PREFIX + "changed.v1";
    public static final String ENDED_V1 = PREFIX + "ended.v1";

    private PositionEvents() {
    }

    /**
     * Every position event has this shape; the type says what happened. {@code current} is the position from
     * {@code effectiveDate} (status ENDED once ended); {@code previous} is null for a new position.
     */
    public record PositionV1(UUID positionId, UUID orgUnitId, String titleCode, String titleName,
            LocalDate effectiveDate, Decision decision, State previous, State current, String endReason) {
    }

    /** What a position is on one side of a change. */
    public record State(int seats, String managingBody, String status) {
    }
}
