package vn.tochuc.org.event;

import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.org.domain.Decision;

/** The staffing-quota event contract org-service publishes (catalog: docs/events/asyncapi.yaml). */
public final class StaffingQuotaEvents {

    /**
     * Key = org unit id, not quota id: a superseding quota is a new row with a new id, and a unit's quota decisions
     * must reach consumers in the order they were made.
     */
    public static final String TOPIC = "tochuc.org.staffing-quota";
    public static final String SET_V1 = "vn.tochuc.org.staffing-quota.set.v1";

    private StaffingQuotaEvents() {
    }

    /** A quota is in force from {@code effectiveDate}; {@code supersededQuotaId} names the one it replaced. */
    public record SetV1(UUID quotaId, UUID orgUnitId, int year, String category, int count, LocalDate effectiveDate,
            Decision decision, UUID supersededQuotaId, Integer previousCount) {
    }
}
