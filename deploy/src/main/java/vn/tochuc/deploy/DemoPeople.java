package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;

/**
 * The people of the source document (Lương Đức Minh, Nguyễn Trung Hải, Nguyễn Thanh Tùng, Trần Việt Cường): their
 * CVs, their party membership (full members a year after admission) and their appointments to the demo positions, from {@code demo-people.json}. Loaded
 * before the 2025 restructuring is applied, so cadre-service ends the appointments in ceasing units itself (reason
 * UNIT_RESTRUCTURED) and the history shows it. A second load finds every person by national ID and creates nothing.
 */
public final class DemoPeople {

    static final String RESOURCE = "/demo-people.json";

    private final OrgServiceClient org;
    private final CadreServiceClient cadre;
    private final PrintStream out;

    public DemoPeople(OrgServiceClient org, CadreServiceClient cadre, PrintStream out) {
        this.org = org;
        this.cadre = cadre;
        this.out = out;
    }

    public void load(Map<String, String> unitIds) {
        int persons = 0;
        int members = 0;
        int appointments = 0;
        JsonNode people = Resources.json(RESOURCE);
        for (JsonNode person : people) {
            // The record is managed where the person is a member, so that unit's officers reach it.
            ObjectNode cv = person.path("cv").deepCopy();
            cv.put("currentOrgUnitId", unit(unitIds, person.path("membership").path("cellCode").asText()));
            CadreServiceClient.PersonId id = cadre.createOrFindPerson(cv);
            persons += id.created() ? 1 : 0;
            members += admit(id.id(), person.path("membership"), unitIds) ? 1 : 0;
            for (JsonNode appointment : person.path("appointments")) {
                appointments += appoint(id.id(), appointment, unitIds) ? 1 : 0;
            }
        }
        out.println("Demo data: " + people.size() + " people of the source document (" + persons + " persons, "
                + members + " admissions, " + appointments + " appointments created; the rest already there)");
    }

    /** @return true when admitted now, false when the person already was a member */
    boolean admit(String personId, JsonNode membership, Map<String, String> unitIds) {
        ObjectNode body = membership.deepCopy();
        body.remove("cellCode");
        body.put("personId", personId);
        body.put("cellId", unit(unitIds, membership.path("cellCode").asText()));
        ApiAnswer answer = cadre.postOnceKnown("/api/v1/party-members", body);
        if (answer.status() == 409 && answer.problem("already-member")) {
            return false;
        }
        if (answer.status() != 201) {
            throw CadreServiceClient.failed("POST /api/v1/party-members (" + RESOURCE + ", person " + personId + ")",
                    answer);
        }
        cadre.recogniseWhenDue(answer.body(), LocalDate.parse(membership.path("admittedOn").asText()).plusYears(1),
                membership.path("decision").path("issuer").asText());
        return true;
    }

    /** @return true when appointed now, false when the person already held (or had held) the position */
    private boolean appoint(String personId, JsonNode appointment, Map<String, String> unitIds) {
        String unitId = unit(unitIds, appointment.path("unitCode").asText());
        String title = appointment.path("titleCode").asText();
        String positionId = org.positionId(unitId, title, DemoPositions.VALID_FROM).orElseThrow(() ->
                new IllegalStateException(RESOURCE + " appoints to " + title + " of " + appointment.path("unitCode")
                        .asText() + ", which demo-positions.json does not list; add the position there"));
        // Ended appointments count too: after the restructuring the secretary seats are history, not open.
        for (JsonNode held : cadre.get("/api/v1/appointments?personId=" + personId + "&limit=200").path("items")) {
            if (positionId.equals(held.path("positionId").asText())) {
                return false;
            }
        }
        ObjectNode body = appointment.deepCopy();
        body.remove("unitCode");
        body.remove("titleCode");
        body.put("personId", personId);
        body.put("positionId", positionId);
        body.put("orgUnitId", unitId);
        ApiAnswer answer = cadre.postOnceKnown("/api/v1/appointments", body);
        if (answer.status() != 201) {
            throw CadreServiceClient.failed("POST /api/v1/appointments (" + RESOURCE + ", " + title + " of "
                    + appointment.path("unitCode").asText() + ")", answer);
        }
        return true;
    }

    private static String unit(Map<String, String> unitIds, String code) {
        String id = unitIds.get(code);
        if (id == null) {
            throw new IllegalStateException(RESOURCE + " names unit " + code + ", which demo-org-units.json does "
                    + "not list");
        }
        return id;
    }
}
