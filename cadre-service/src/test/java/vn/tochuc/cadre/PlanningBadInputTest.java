package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.PersonAudit;
import vn.tochuc.cadre.domain.Planning;
import vn.tochuc.cadre.readmodel.PositionView;
import vn.tochuc.platform.event.OutboxEvent;

/** Refused planning requests answer 4xx problem+json and write nothing: no entry, no audit row, no event. */
@QuarkusTest
class PlanningBadInputTest {

    private static UUID unit;
    private static UUID position;
    private static String person;
    private static String entry;

    private long planningsBefore;
    private long auditBefore;
    private long eventsBefore;

    @BeforeEach
    void countRows() {
        if (unit == null) {
            unit = OrgUnits.unit(null, "Văn phòng Tỉnh ủy");
            position = Positions.of(unit);
            person = Members.person("Trịnh", "Văn", "Quyết");
            entry = Plannings.added(Plannings.forPosition(person, position, "2025-2030"));
        }
        planningsBefore = Planning.count();
        auditBefore = PersonAudit.count();
        eventsBefore = OutboxEvent.count();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(Planning.count()).as("planning entries written").isEqualTo(planningsBefore);
        assertThat(PersonAudit.count()).as("audit rows written").isEqualTo(auditBefore);
        assertThat(OutboxEvent.count()).as("events written").isEqualTo(eventsBefore);
    }

    @Test
    void shouldRefuseAnUnknownPersonPositionOrUnit() {
        Plannings.add(Plannings.forPosition(UUID.randomUUID().toString(), position, "2030-2035")).statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/unknown-reference"))
                .body("errors.field", hasItem("personId"));
        Plannings.add(Plannings.forPosition(person, UUID.randomUUID(), "2030-2035")).statusCode(422)
                .body("errors.field", hasItem("positionId"));
        Map<String, Object> byTitle = Plannings.forPosition(person, position, "2030-2035");
        byTitle.remove("positionId");
        byTitle.put("titleCode", "SECRETARY");
        byTitle.put("orgUnitId", UUID.randomUUID().toString());
        Plannings.add(byTitle).statusCode(422).body("errors.field", hasItem("orgUnitId"));
        Map<String, Object> otherUnit = Plannings.forPosition(person, position, "2030-2035");
        otherUnit.put("orgUnitId", OrgUnits.unit(null, "Ban Dân vận Tỉnh ủy").toString());
        Plannings.add(otherUnit).statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/position-of-another-unit"));
        Map<String, Object> nothing = Plannings.forPosition(person, position, "2030-2035");
        nothing.remove("positionId");
        Plannings.add(nothing).statusCode(400).body("errors.field", hasItem("positionId"));
    }

    @Test
    void shouldRefuseAPositionThatEndedBeforeTheTerm() {
        UUID ended = Positions.of(unit);
        QuarkusTransaction.requiringNew().run(() -> {
            PositionView v = PositionView.findById(ended);
            v.status = "ENDED";
            v.validTo = LocalDate.of(2025, 7, 1);
        });
        Plannings.add(Plannings.forPosition(person, ended, "2030-2035")).statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/position-not-in-effect"));
    }

    @Test
    void shouldRefuseAnUnknownTermAPlanningDateAfterTheTermOrBeforeThePersonIsOfAge() {
        for (String term : new String[] {"2025", "2025-2031", "2027-2032", "nhiệm kỳ mới", "1890-1895"}) {
            Plannings.add(Plannings.forPosition(person, position, term)).statusCode(400)
                    .body("errors.field", hasItem("term"));
        }
        Map<String, Object> young = Plannings.forPosition(person, position, "2005-2010");
        young.put("plannedOn", "2006-01-01");
        Plannings.add(young).statusCode(400).body("errors.field", hasItem("plannedOn"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("under 18")));
        Map<String, Object> late = Plannings.forPosition(person, position, "2020-2025");
        Plannings.add(late).statusCode(400).body("errors.field", hasItem("plannedOn"));
    }

    @Test
    void shouldRefuseOversizedTextBadCodesImpossibleDatesAndMalformedJson() {
        Map<String, Object> longDecision = Plannings.forPosition(person, position, "2030-2035");
        longDecision.put("decision", Map.of("number", "7".repeat(51)));
        Plannings.add(longDecision).statusCode(400).body("errors.field", hasItem("decision.number"));
        Map<String, Object> badTitle = Plannings.forPosition(person, position, "2030-2035");
        badTitle.put("titleCode", "bí thư");
        Plannings.add(badTitle).statusCode(400).body("errors.field", hasItem("titleCode"));
        Map<String, Object> impossible = Plannings.forPosition(person, position, "2030-2035");
        impossible.put("plannedOn", "2026-02-30");
        Plannings.add(impossible).statusCode(400);
        given().contentType(ContentType.JSON).body("{\"personId\": ").when().post(Plannings.PATH).then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).when().post(Plannings.PATH).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseARemovalWithoutReasonWithOversizedReasonOrBeforeThePlanningDate() {
        Plannings.remove(entry, 0, Map.of("reason", " ")).statusCode(400).body("errors.field", hasItem("reason"));
        Plannings.remove(entry, 0, Map.of("reason", "x".repeat(2001))).statusCode(400)
                .body("errors.field", hasItem("reason"));
        Plannings.remove(entry, 0, Plannings.removal("Sai ngày", LocalDate.of(2025, 2, 1))).statusCode(400)
                .body("errors.field", hasItem("removedOn"));
        Plannings.remove(UUID.randomUUID().toString(), 0, Plannings.removal("Không có", LocalDate.of(2026, 1, 1)))
                .statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"reason\": [")
                .when().post(Plannings.PATH + "/" + entry + "/removal").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseListsWithoutAFilterOrWithABadTermIdOrToken() {
        given().when().get(Plannings.PATH).then().statusCode(400).body("errors.field", hasItem("personId"));
        given().queryParam("personId", "x").when().get(Plannings.PATH).then().statusCode(400);
        given().queryParam("term", "2025/2030").when().get(Plannings.PATH).then().statusCode(400)
                .body("errors.field", hasItem("term"));
        given().queryParam("personId", person).queryParam("pageToken", "!!").when().get(Plannings.PATH).then()
                .statusCode(400).body("errors.field", hasItem("pageToken"));
        given().when().get(Plannings.PATH + "/coverage").then().statusCode(400)
                .body("errors.field", hasItem("orgUnitId"));
        given().when().get(Plannings.PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
