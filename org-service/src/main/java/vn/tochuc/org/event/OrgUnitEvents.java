package vn.tochuc.org.event;

import java.time.LocalDate;
import java.util.UUID;

/** The org-unit event contracts org-service publishes (see docs/events/asyncapi.yaml). */
public final class OrgUnitEvents {

    /** One topic for the org-unit family; key = unit id, so one unit's events stay in order. */
    public static final String TOPIC = "tochuc.org.unit";
    public static final String CREATED_V1 = "vn.tochuc.org.unit.created.v1";

    private OrgUnitEvents() {
    }

    /** A unit came into existence (thành lập) on {@code validFrom}. */
    public record CreatedV1(UUID unitId, String code, String name, String shortName, String kind, UUID parentId,
            LocalDate validFrom, String status) {
    }
}
