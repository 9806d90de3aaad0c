package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.discipline.OrgDisciplineEvents;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.platform.testing.EventCatalog;

/** Discipline of party organizations (issue 14): the forms as rule data, disbandment through restructuring. */
@QuarkusTest
class OrgDisciplineTest {

    private static ValidatableResponse decide(String unitId, String form, String decidedOn, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unitId, "form", form, "decidedOn", decidedOn,
                "decisionNumber", UUID.randomUUID().toString().substring(0, 8) + "-QĐ/UBKTTU",
                "decisionIssuer", "Ủy ban Kiểm tra Tỉnh ủy", "reason", "Buông lỏng lãnh đạo, để xảy ra vi phạm"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/org-disciplines").then();
    }

    @Test
    void shouldRecordAWarningOfAPartyOrganizationNamingTheRuleVersionThatAllowedIt() {
        String unit = Cases.unit("Đảng bộ xã bị cảnh cáo", "GRASSROOTS_PARTY_COMMITTEE", null);

        String id = decide(unit, "WARNING", "2024-05-10").statusCode(201)
                .header("ETag", notNullValue())
                .body("form", equalTo("WARNING"))
                .body("ruleCitation", containsString("69-QĐ/TW"))
                .body("ruleToConfirm", equalTo(false))
                .extract().path("id");

        given().queryParam("unitId", unit).when().get("/api/v1/org-disciplines").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        JsonNode event = Cases.event(unit, OrgDisciplineEvents.DISCIPLINED_V1);
        assertThat(event.at("/data/form").asText()).isEqualTo("WARNING");
        EventCatalog.assertDescribes(event);
    }

    @Test
    void shouldJudgeAReprimandDecidedTheDayBefore69QdTwByTheOlderRegulation() {
        String unit = Cases.unit("Chi bộ bị khiển trách", "GRASSROOTS_PARTY_CELL", null);

        decide(unit, "REPRIMAND", "2022-07-05").statusCode(201).body("ruleCitation", containsString("07-QĐi/TW"));
        decide(unit, "REPRIMAND", "2022-07-06").statusCode(201).body("ruleCitation", containsString("69-QĐ/TW"));
    }

    @Test
    void shouldRefuseAFormMeantForMembersNamingTheVersionAndTheFormsAllowed() {
        String unit = Cases.unit("Đảng bộ cách chức?", "GRASSROOTS_PARTY_COMMITTEE", null);

        decide(unit, "REMOVAL_FROM_POST", "2024-05-10").statusCode(422)
                .body("type", containsString("form-not-allowed"))
                .body("detail", containsString("REPRIMAND, WARNING, DISBANDMENT"))
                .body("detail", containsString("69-QĐ/TW"));
    }

    @Test
    void shouldRefuseToDisciplineAnAdvisoryBodyAsAnOrganization() {
        String unit = Cases.unit("Ban Tuyên giáo thử", "ADVISORY_BOARD", null);

        decide(unit, "WARNING", "2024-05-10").statusCode(422).body("type", containsString("not-a-party-organization"));
    }

    @Test
    void shouldDisbandAUnitThroughADissolutionCaseOnItsEffectiveDate() {
        String parent = Cases.unit("Đảng bộ cấp trên", "PARTY_COMMITTEE_UNDER_PROVINCE", null);
        String unit = Cases.unit("Đảng bộ bị giải tán", "GRASSROOTS_PARTY_COMMITTEE", parent);
        String cell = Cases.unit("Chi bộ còn lại", "PARTY_CELL", unit);
        String other = Cases.unit("Đảng bộ nhận chi bộ", "GRASSROOTS_PARTY_COMMITTEE", parent);

        String caseId = decide(unit, "DISBANDMENT", "2024-09-01", "effectiveDate", "2024-09-15",
                "childPlacements", List.of(Map.of("childId", cell, "newParentId", other))).statusCode(201)
                .body("dissolutionCaseId", notNullValue()).extract().path("dissolutionCaseId");

        given().when().get("/api/v1/restructuring-cases/" + caseId).then().statusCode(200)
                .body("type", equalTo("DISSOLVE")).body("status", equalTo("APPLIED"));
        given().queryParam("asOf", "2024-09-14").when().get("/api/v1/org-units/" + unit).then().statusCode(200);
        given().queryParam("asOf", "2024-09-15").when().get("/api/v1/org-units/" + unit).then().statusCode(404);
        assertThat(Cases.parentOn(cell, "2024-09-15")).isEqualTo(other);
        EventCatalog.assertDescribes(Cases.event(unit, OrgUnitEvents.DISSOLVED_V1));
    }

    @Test
    void shouldRefuseADisbandmentThatLeavesAChildWithoutAParentAndRecordNothing() {
        String unit = Cases.unit("Đảng bộ còn chi bộ", "GRASSROOTS_PARTY_COMMITTEE", null);
        Cases.unit("Chi bộ chưa bố trí", "PARTY_CELL", unit);

        decide(unit, "DISBANDMENT", "2024-09-01").statusCode(422).body("type", containsString("children-not-placed"));
        given().queryParam("unitId", unit).when().get("/api/v1/org-disciplines").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldRefuseTheSameDecisionRecordedTwice() {
        String unit = Cases.unit("Đảng bộ ghi hai lần", "GRASSROOTS_PARTY_COMMITTEE", null);

        decide(unit, "REPRIMAND", "2024-05-10", "decisionNumber", "77-QĐ/UBKTTU-" + unit.substring(0, 6))
                .statusCode(201);
        decide(unit, "REPRIMAND", "2024-05-10", "decisionNumber", "77-QĐ/UBKTTU-" + unit.substring(0, 6))
                .statusCode(409).body("type", containsString("duplicate-decision"));
    }

    @Test
    void shouldRefuseAnEffectiveDateBeforeTheDecision() {
        String unit = Cases.unit("Đảng bộ ngày lùi", "GRASSROOTS_PARTY_COMMITTEE", null);

        decide(unit, "WARNING", "2024-05-10", "effectiveDate", "2024-05-09").statusCode(400)
                .body("errors[0].field", equalTo("effectiveDate"));
    }
}
