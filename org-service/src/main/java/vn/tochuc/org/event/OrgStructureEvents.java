package vn.tochuc.org.event;

import java.time.LocalDate;
import java.util.UUID;

/** Events about a unit's congresses and regulations (catalog: docs/events/asyncapi.yaml). */
public final class OrgStructureEvents {

    public static final String REGULATION_TOPIC = "tochuc.org.regulation";
    public static final String CONGRESS_RECORDED_V1 = "vn.tochuc.org.unit.congress-recorded.v1";
    public static final String REGULATION_ISSUED_V1 = "vn.tochuc.org.regulation.issued.v1";
    public static final String REGULATION_REPEALED_V1 = "vn.tochuc.org.regulation.repealed.v1";

    private OrgStructureEvents() {
    }

    /** A unit's congress for a term and the seats of the bodies it elected; on the unit's topic, keyed by unit. */
    public record CongressRecordedV1(UUID unitId, String termCode, int congressOrdinal, LocalDate congressDate,
            Integer executiveCommitteeSeats, Integer standingCommitteeSeats, Integer inspectionCommissionSeats) {
    }

    public record RegulationV1(UUID regulationId, UUID unitId, String type, String number, String title,
            String issuer, LocalDate issuedOn, LocalDate effectiveFrom, LocalDate effectiveTo, String status,
            UUID replacesId) {
    }
}
