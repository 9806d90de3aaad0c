package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The excellence cap holds in each grassroots organization, not over a whole subtree, as its rule version says. */
@QuarkusTest
class RatingCapUnitTest {

    private static final String PATH = "/api/v1/quality-ratings";

    @Test
    void shouldCountTheCapInEachGrassrootsOrganizationBelowTheUnitAsked() {
        UUID bloc = OrgUnits.unit(null, "Đảng bộ Khối các cơ quan tỉnh (xếp loại)", "PARTY_COMMITTEE_UNDER_PROVINCE");
        UUID finance = OrgUnits.unit(bloc, "Đảng bộ Sở Tài chính", "GRASSROOTS_PARTY_COMMITTEE");
        UUID budget = OrgUnits.unit(finance, "Chi bộ Phòng Ngân sách", "PARTY_CELL");
        UUID foreign = OrgUnits.unit(bloc, "Chi bộ Sở Ngoại vụ", "GRASSROOTS_PARTY_CELL");
        // Finance: 5 good (20 % allows 1, none excellent). Foreign affairs: 1 excellent, 3 good (allows 0).
        // Over the whole bloc, 1 excellent of 9 good or better would stay within the cap.
        rate(budget, "GOOD", "An", "Bảo", "Cúc", "Dương", "Én");
        rate(foreign, "EXCELLENT", "Giang");
        rate(foreign, "GOOD", "Hạnh", "Khoa", "Linh");

        given().queryParam("year", 2025).queryParam("orgUnitId", bloc.toString()).when().get(PATH + "/report")
                .then().statusCode(200).body("capUnit", equalTo("GRASSROOTS_ORGANIZATION"))
                .body("goodOrBetter", equalTo(9)).body("units.size()", equalTo(2))
                .body("units.find { it.orgUnitId == '" + finance + "' }.maxExcellent", equalTo(1))
                .body("units.find { it.orgUnitId == '" + finance + "' }.withinCap", equalTo(true))
                .body("units.find { it.orgUnitId == '" + foreign + "' }.maxExcellent", equalTo(0))
                .body("units.find { it.orgUnitId == '" + foreign + "' }.withinCap", equalTo(false))
                .body("maxExcellent", equalTo(1)).body("withinCap", equalTo(false))
                .body("capRule.text", org.hamcrest.Matchers.containsString("124-QĐ/TW"));
        given().queryParam("year", 2025).queryParam("orgUnitId", finance.toString()).when().get(PATH + "/report")
                .then().statusCode(200).body("units.size()", equalTo(1)).body("withinCap", equalTo(true))
                .body("capBaseCount", equalTo(5));
    }

    @Test
    void shouldRefuseACapVersionWithAnUnknownUnitOrNoGrassrootsKinds() {
        String rule = "cadre.rating.excellent-cap";
        Rules.add(rule, Rules.etag(rule), Rules.version("2031-01-01", Map.of("percent", 20, "base", "GOOD",
                "unit", "PROVINCE"))).statusCode(400).body("errors.field", hasItem("values.unit"));
        Rules.add(rule, Rules.etag(rule), Rules.version("2031-01-01", Map.of("percent", 20, "base", "GOOD",
                "unit", "GRASSROOTS_ORGANIZATION"))).statusCode(400)
                .body("errors.field", hasItem("values.grassrootsKinds"));
    }

    private static void rate(UUID unit, String grade, String... names) {
        for (String name : names) {
            String person = Members.person("Châu", "Văn", name);
            Map<String, Object> body = new HashMap<>();
            body.put("personId", person);
            body.put("year", 2025);
            body.put("rating", grade);
            body.put("orgUnitId", unit.toString());
            given().contentType(ContentType.JSON).header(Tokens.as("chi-uy")).body(body).when().post(PATH).then()
                    .statusCode(201);
        }
    }
}
