package vn.tochuc.task.congress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.platform.testing.TestTokens;
import vn.tochuc.task.OrgUnits;

/**
 * The congress schedule as platform-rules versions (task.congress-schedule.&lt;term&gt;, /api/v1/rules/task): seeded,
 * read as of a day, and a version added by an administrator judging the congresses from its first day on only.
 * Terms far ahead, so the plans of 2025-2030 other tests make are not recomputed.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class CongressScheduleRuleVersionsTest {

    private static final String PATH = "/api/v1/rules/task";
    private static final String SEEDED = "task.congress-schedule.2025-2030";

    private static String administrator() {
        return TestTokens.bearer(TestTokens.token("quan-tri", List.of(), "administrator"));
    }

    private static String etag(String rule) {
        return given().get(PATH + "/" + rule).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse add(String rule, String ifMatch, String validFrom, Map<String, Object> level) {
        Map<String, Object> body = Map.of("validFrom", validFrom,
                "basis", Map.of("document", "09-KL/TW", "issuedOn", validFrom, "article", "Mục 2"),
                "toConfirm", true, "note", "test version",
                "values", Map.of("name", "Lịch đại hội theo Kết luận 09-KL/TW", "levels", List.of(level)));
        var request = given().contentType(ContentType.JSON).header("Authorization", administrator()).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(PATH + "/" + rule + "/versions").then();
    }

    @Test
    void shouldServeTheSeededDirectivesAsTheVersionsInForceOnEachSideOf14April2025() {
        given().queryParam("asOf", "2025-04-13").get(PATH + "/" + SEEDED).then().statusCode(200)
                .body("inForce.basis.document", equalTo("35-CT/TW"))
                .body("inForce.inForceUntil", equalTo("2025-04-13"))
                .body("inForce.values.levels.unitKind", hasItem("DISTRICT_PARTY_COMMITTEE"));
        given().queryParam("asOf", "2025-04-14").get(PATH).then().statusCode(200)
                .body("find { it.code == '" + SEEDED + "' }.inForce.basis.document", equalTo("45-CT/TW"))
                .body("find { it.code == '" + SEEDED + "' }.inForce.id",
                        equalTo("45c7a000-0000-4000-8000-000000000045"))
                .body("find { it.code == '" + SEEDED + "' }.toConfirm", equalTo(true))
                .body("find { it.code == '" + SEEDED + "' }.inForce.citation",
                        equalTo("45-CT/TW (2025-04-14) (to confirm)"));
    }

    @Test
    void shouldJudgeLaterCongressesByAVersionAddedThroughTheRulesApiAndLeaveEarlierOnesAsJudged() {
        String term = "2060-2065";
        String rule = CongressSchedules.code(term);
        UUID early = OrgUnits.unit(null, "Chi bộ Trường THPT Vĩnh Yên", "GRASSROOTS_PARTY_CELL");
        UUID late = OrgUnits.unit(null, "Chi bộ Trường THPT Tam Dương", "GRASSROOTS_PARTY_CELL");
        String first = CongressRulesTest.issue(CongressRulesTest.version(term, "10-CT/TW", "2059-01-02",
                CongressRulesTest.cellRule("2060-07-31", 10, true))).then().statusCode(201).extract().path("id");
        String earlyPlan = CongressRulesTest.openPlan(early, term, "2060-06-20").then().statusCode(201)
                .extract().path("id");
        String latePlan = CongressRulesTest.openPlan(late, term, "2060-07-20").then().statusCode(201)
                .body("rules.id", equalTo(first)).extract().path("id");

        String added = add(rule, etag(rule), "2060-07-01", CongressRulesTest.cellRule("2060-07-10", 10, true))
                .statusCode(201).body("citation", equalTo("09-KL/TW (2060-07-01), Mục 2 (to confirm)"))
                .extract().path("id");

        given().get("/api/v1/congresses/" + latePlan).then().statusCode(200)
                .body("deadline", equalTo("2060-07-10")).body("rules.id", equalTo(added))
                .body("rules.toConfirm", equalTo(true));
        given().get("/api/v1/congresses/" + earlyPlan).then().statusCode(200)
                .body("deadline", equalTo("2060-07-31")).body("rules.id", equalTo(first));
        Congresses.schedule(latePlan, "2060-07-14").then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/congress-after-deadline"))
                .body("detail", containsString("09-KL/TW (2060-07-01), to confirm"));
        given().queryParam("term", term).get("/api/v1/congress-rules").then().statusCode(200)
                .body("items.id", hasItem(added));
    }

    @Test
    void shouldRefuseAVersionThePlansCouldNotBeDerivedFromWithAProblem() {
        Map<String, Object> level = CongressRulesTest.cellRule("2026-07-31", -1, true);
        level.put("defaultCongressType", "EVERYONE");
        add(SEEDED, etag(SEEDED), "2026-01-05", level).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("values.levels[0].personnelLeadWorkingDays"))
                .body("errors.field", hasItem("values.levels[0].defaultCongressType"));
        add(SEEDED, null, "2026-01-05", CongressRulesTest.cellRule("2026-07-31", 10, true)).statusCode(428)
                .contentType("application/problem+json");
        add(SEEDED, "\"999\"", "2026-01-05", CongressRulesTest.cellRule("2026-07-31", 10, true)).statusCode(412)
                .contentType("application/problem+json");
        add("task.congress-schedule.2099-2104", "\"0\"", "2026-01-05",
                CongressRulesTest.cellRule("2026-07-31", 10, true)).statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("asOf", "2026-01-05").get(PATH + "/" + SEEDED).then().statusCode(200)
                .body("inForce.basis.document", equalTo("45-CT/TW"));
    }

    @Test
    void shouldLetOnlyAdministratorsAddVersionsThroughTheRulesApi() {
        given().contentType(ContentType.JSON).header("If-Match", etag(SEEDED))
                .body(Map.of("validFrom", "2026-02-02", "basis", Map.of("document", "11-KL/TW"),
                        "values", Map.of("name", "x", "levels", List.of(
                                CongressRulesTest.cellRule("2026-07-31", 10, true)))))
                .post(PATH + "/" + SEEDED + "/versions").then().statusCode(403);
    }
}
