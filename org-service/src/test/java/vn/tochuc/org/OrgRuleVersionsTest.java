package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.TestTokens;

/**
 * org-service's rules through platform-rules' API: the seeded versions with their legal basis and to-confirm marks,
 * and a version an administrator adds judging the decisions dated from it on, not those before.
 */
@QuarkusTest
class OrgRuleVersionsTest {

    private static final String PATH = "/api/v1/rules/org";

    private static ValidatableResponse add(String rule, Object body) {
        String etag = given().when().get(PATH + "/" + rule).then().statusCode(200).extract().header("ETag");
        return given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(TestTokens.token("quan-tri", List.of(), "administrator")))
                .header("If-Match", etag).body(body).when().post(PATH + "/" + rule + "/versions").then();
    }

    private static Map<String, Object> version(String validFrom, Object values) {
        return Map.of("validFrom", validFrom, "basis", Map.of("document", "999-QĐ/TW", "issuedOn", validFrom,
                "article", "Điều 1"), "toConfirm", false, "note", "test version", "values", values);
    }

    @Test
    void shouldListTheSeededRulesWithTheirBasisAndTheToConfirmMark() {
        given().queryParam("asOf", "2025-07-01").when().get(PATH).then().statusCode(200)
                .body("code", hasItem("org.unit-kinds"))
                .body("find { it.code == 'org.unit-kinds' }.inForce.basis.document", equalTo("294-QĐ/TW"))
                .body("find { it.code == 'org.unit-kinds' }.inForce.toConfirm", equalTo(true))
                .body("find { it.code == 'org.discipline-forms' }.inForce.basis.document", equalTo("69-QĐ/TW"));
        given().queryParam("asOf", "2025-06-30").when().get(PATH + "/org.unit-kinds").then().statusCode(200)
                .body("inForce.basis.document", equalTo("24-QĐ/TW"));
    }

    @Test
    void shouldJudgeUnitsFromANewKindsVersionOnButNotTheDayBefore() {
        String province = Cases.unit("Tỉnh ủy thử phiên bản mới", "PROVINCIAL_PARTY_COMMITTEE", null);
        Map<String, Object> cell = new HashMap<>(Map.of("name", "Chi bộ trực thuộc tỉnh", "kind", "PARTY_CELL",
                "parentId", province));
        cell.put("code", OrgUnits.uniqueCode());
        cell.put("validFrom", "2031-01-01");
        OrgUnits.post(cell).statusCode(422).body("type", containsString("parent-kind-not-allowed"));

        Map<String, Object> kinds = new HashMap<>();
        kinds.put("PROVINCIAL_PARTY_COMMITTEE", List.of());
        kinds.put("COMMUNE_PARTY_COMMITTEE", List.of("PROVINCIAL_PARTY_COMMITTEE"));
        kinds.put("PARTY_COMMITTEE_UNDER_PROVINCE", List.of("PROVINCIAL_PARTY_COMMITTEE"));
        kinds.put("GRASSROOTS_PARTY_COMMITTEE", List.of("COMMUNE_PARTY_COMMITTEE", "PARTY_COMMITTEE_UNDER_PROVINCE",
                "PROVINCIAL_PARTY_COMMITTEE"));
        kinds.put("GRASSROOTS_PARTY_CELL", List.of("COMMUNE_PARTY_COMMITTEE", "PARTY_COMMITTEE_UNDER_PROVINCE",
                "PROVINCIAL_PARTY_COMMITTEE"));
        kinds.put("SUB_PARTY_COMMITTEE", List.of("GRASSROOTS_PARTY_COMMITTEE", "COMMUNE_PARTY_COMMITTEE"));
        kinds.put("PARTY_CELL", List.of("GRASSROOTS_PARTY_COMMITTEE", "SUB_PARTY_COMMITTEE", "COMMUNE_PARTY_COMMITTEE",
                "PROVINCIAL_PARTY_COMMITTEE"));
        kinds.put("PARTY_GROUP", List.of("PARTY_CELL", "GRASSROOTS_PARTY_CELL"));
        add("org.unit-kinds", version("2031-01-01", Map.of("kinds", kinds))).statusCode(201);

        OrgUnits.post(cell).statusCode(201);
        cell.put("code", OrgUnits.uniqueCode());
        cell.put("validFrom", "2030-12-31");
        OrgUnits.post(cell).statusCode(422).body("detail", containsString("294-QĐ/TW"));
        given().queryParam("asOf", "2031-01-01").when().get("/api/v1/org-unit-kinds").then().statusCode(200)
                .body("find { it.code == 'PARTY_CELL' }.rule.basis.document", equalTo("999-QĐ/TW"));
    }

    @Test
    void shouldRefuseAKindsVersionNamingAParentThatIsNotAKindOfIt() {
        add("org.unit-kinds", version("2032-01-01", Map.of("kinds", Map.of("PARTY_CELL",
                List.of("DISTRICT_PARTY_COMMITTEE"))))).statusCode(400)
                .body("errors.field", hasItem("values.kinds.PARTY_CELL"));
    }

    @Test
    void shouldRefuseADisciplineFormsVersionWithoutForms() {
        add("org.discipline-forms", version("2032-01-01", Map.of("subjectCategories", List.of("PARTY_ORGANIZATION"))))
                .statusCode(400).body("errors.field", hasItem("values.forms"));
    }
}
