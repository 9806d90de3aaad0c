package vn.tochuc.org.discipline;

import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.org.event.OrgUnitEvents;

/** The event of a discipline decision on a party organization (catalog: docs/events/asyncapi.yaml). */
public final class OrgDisciplineEvents {

    /** On the unit's topic, keyed by the unit, so it stays in order with the dissolution a disbandment causes. */
    public static final String TOPIC = OrgUnitEvents.TOPIC;
    public static final String DISCIPLINED_V1 = "vn.tochuc.org.unit.disciplined.v1";

    private OrgDisciplineEvents() {
    }

    public record DisciplinedV1(UUID disciplineId, UUID unitId, String unitCode, String form, LocalDate decidedOn,
            LocalDate effectiveDate, String decisionNumber, String decisionIssuer, UUID ruleVersionId,
            String ruleCitation, boolean ruleToConfirm, UUID dissolutionCaseId) {
    }
}
