package vn.tochuc.cadre.event;

import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.cadre.domain.Decision;

/**
 * The planning event contracts (catalog: docs/events/asyncapi.yaml, channel planning). Published so that services
 * building the planning-coverage and term-preparation views do not have to poll. The removal reason is confidential
 * personnel assessment and is not published.
 */
public final class PlanningEvents {

    /** Key = planning id, so one entry's addition and removal stay in order. */
    public static final String TOPIC = "tochuc.cadre.planning";
    private static final String PREFIX = "vn.tochuc.cadre.planning.";

    public static final String ADDED_V1 = PREFIX + "added.v1";
    public static final String REMOVED_V1 = PREFIX + "removed.v1";

    private PlanningEvents() {
    }

    public record AddedV1(UUID planningId, UUID personId, String personName, UUID positionId, UUID orgUnitId,
            String titleCode, String term, LocalDate plannedOn, Decision decision) {
    }

    public record RemovedV1(UUID planningId, UUID personId, UUID positionId, UUID orgUnitId, String titleCode,
            String term, LocalDate removedOn, Decision decision) {
    }
}
