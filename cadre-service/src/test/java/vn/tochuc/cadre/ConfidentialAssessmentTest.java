package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Discipline reasons, planning removal reasons and open policy cases are read only by the Board, the unit (within
 * its units) and protection officers; and protection-officer alone grants nothing.
 */
@QuarkusTest
class ConfidentialAssessmentTest {

    private final UUID cell = OrgUnits.unit(null, "Chi bộ Sở Nội vụ");
    private final String viewer = Tokens.scoped("xem@sonoivu", List.of(cell), "viewer");
    private final String integrator = Tokens.scoped("he-thong@tinh", List.of(cell), "integrator");
    private final String unitOfficer = Tokens.scoped("to-chuc@sonoivu", List.of(cell), "unit-officer");

    @Test
    void shouldShowADisciplineDecisionWithoutItsReasonToViewersAndIntegrators() {
        String person = memberIn(cell, "Lực");
        String id = Disciplines.decide(Disciplines.request(person, "PARTY", "REPRIMAND", LocalDate.of(2026, 1, 5),
                cell)).statusCode(201).extract().path("id");

        for (String reader : List.of(viewer, integrator)) {
            given().header("Authorization", reader).when().get(Disciplines.PATH + "/" + id).then().statusCode(200)
                    .body("form", equalTo("REPRIMAND")).body("reason", nullValue());
            given().header("Authorization", reader).queryParam("personId", person).queryParam("from", "2026-01-01")
                    .when().get(Disciplines.PATH).then().statusCode(200).body("items[0].id", equalTo(id))
                    .body("items[0].reason", nullValue());
        }
        given().header("Authorization", unitOfficer).when().get(Disciplines.PATH + "/" + id).then()
                .statusCode(200).body("reason", not(nullValue()));
    }

    @Test
    void shouldShowARemovalFromPlanningWithoutItsReasonToAViewer() {
        String person = memberIn(cell, "Mai");
        String id = Plannings.added(Plannings.forPosition(person, Positions.of(cell), "2025-2030"));
        Plannings.remove(id, 0, Plannings.removal("Không đủ tiêu chuẩn về sức khỏe", LocalDate.of(2026, 2, 1)))
                .statusCode(200);

        given().header("Authorization", viewer).queryParam("personId", person).queryParam("includeRemoved", "true")
                .when().get(Plannings.PATH).then().statusCode(200).body("items[0].removedOn", equalTo("2026-02-01"))
                .body("items[0].removalReason", nullValue());
        given().queryParam("personId", person).queryParam("includeRemoved", "true").when().get(Plannings.PATH)
                .then().statusCode(200).body("items[0].removalReason", equalTo("Không đủ tiêu chuẩn về sức khỏe"));
    }

    @Test
    void shouldHideAnOpenPolicyCaseFromAViewerAsIfItDidNotExist() {
        String person = memberIn(cell, "Nam");
        String open = PolicyCases.proposed(PolicyCases.request(person, "EARLY_RETIREMENT"));

        given().header("Authorization", viewer).when().get(PolicyCases.PATH + "/" + open).then().statusCode(404);
        given().header("Authorization", viewer).queryParam("personId", person).when().get(PolicyCases.PATH).then()
                .statusCode(200).body("items.id", not(hasItem(open)));
        given().header("Authorization", unitOfficer).when().get(PolicyCases.PATH + "/" + open).then()
                .statusCode(200);

        PolicyCases.step(open, 0, PolicyCases.to("WITHDRAWN", "2026-03-02")).statusCode(200);
        given().header("Authorization", viewer).when().get(PolicyCases.PATH + "/" + open).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void shouldGrantNothingToAProtectionOfficerWithoutAnotherRole() {
        String person = memberIn(cell, "Quý");
        String alone = Tokens.scoped("bvct@sonoivu", List.of(cell), "protection-officer");
        String withViewer = Tokens.scoped("bvct@sonoivu", List.of(cell), "viewer", "protection-officer");

        given().header("Authorization", alone).when().get(Persons.PATH + "/" + person).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/add-on-role-only"));
        given().header("Authorization", alone).queryParam("personId", person).when()
                .get("/api/v1/protection-notes").then().statusCode(403);
        given().header("Authorization", withViewer).when().get(Persons.PATH + "/" + person).then().statusCode(200)
                .body("ethnicityCode", equalTo("01"));
        given().header("Authorization", withViewer).queryParam("personId", person).when()
                .get("/api/v1/protection-notes").then().statusCode(200);
    }

    /** A party member whose CV is managed by {@code unit}, so that callers scoped to it reach the records. */
    private static String memberIn(UUID unit, String givenName) {
        java.util.Map<String, Object> cv = Persons.cv("Hồ", "Văn", givenName);
        cv.remove("nationalId");
        cv.put("dateOfBirth", "1980-01-01");
        cv.put("currentOrgUnitId", unit.toString());
        String person = Persons.create(cv);
        Members.admit(Members.admission(person, unit, LocalDate.now().minusYears(2))).statusCode(201);
        return person;
    }
}
