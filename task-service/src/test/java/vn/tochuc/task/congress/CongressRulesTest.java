package vn.tochuc.task.congress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.EventCatalog;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;

/** Rule versions of later terms, so the plans of 2025-2030 that other tests make are not recomputed under them. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class CongressRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> cellRule(String deadline, int personnelLead, boolean heldRequiresPersonnel) {
        Map<String, Object> level = new HashMap<>();
        level.put("unitKind", "GRASSROOTS_PARTY_CELL");
        level.put("deadline", deadline);
        level.put("beforeSuperior", true);
        level.put("minDaysBeforeSuperior", 7);
        level.put("planLeadWorkingDays", 20);
        level.put("documentsLeadWorkingDays", 10);
        level.put("personnelLeadWorkingDays", personnelLead);
        level.put("heldRequiresPersonnel", heldRequiresPersonnel);
        level.put("defaultCongressType", "MEMBERS");
        return level;
    }

    static Map<String, Object> version(String term, String basis, String validFrom, Map<String, Object> level) {
        Map<String, Object> body = new HashMap<>();
        body.put("term", term);
        body.put("name", "Đại hội nhiệm kỳ " + term + " theo " + basis);
        body.put("basisNumber", basis);
        body.put("basisDate", validFrom);
        body.put("validFrom", validFrom);
        body.put("levels", List.of(level));
        return body;
    }

    static Response issue(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/congress-rules");
    }

    static Response openPlan(UUID unit, String term, String plannedDate) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("orgUnitId", unit, "term", term, "plannedDate", plannedDate)).post("/api/v1/congresses");
    }

    @Test
    void shouldListTheSeededDirectivesWithTheirLegalBasis() {
        given().queryParam("term", "2025-2030").get("/api/v1/congress-rules").then().statusCode(200)
                .body("items.basisNumber", hasItems("35-CT/TW", "45-CT/TW"))
                .body("items.find { it.basisNumber == '45-CT/TW' }.validFrom", equalTo("2025-04-14"))
                .body("items.find { it.basisNumber == '45-CT/TW' }.levels.unitKind",
                        not(hasItem("DISTRICT_PARTY_COMMITTEE")))
                .body("items.find { it.basisNumber == '35-CT/TW' }.levels.unitKind",
                        hasItem("DISTRICT_PARTY_COMMITTEE"));
        given().get("/api/v1/congress-rules/45c7a000-0000-4000-8000-000000000045").then().statusCode(200)
                .body("basisDate", equalTo("2025-04-14")).header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldRecomputeThePlansWhenACorrectionReplacesAVersion() {
        String term = "2030-2035";
        UUID cell = OrgUnits.unit(null, "Chi bộ Bệnh viện tỉnh", "GRASSROOTS_PARTY_CELL");
        String first = issue(version(term, "01-CT/TW", "2029-01-02", cellRule("2030-07-31", 10, true)))
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).extract().path("id");
        String plan = openPlan(cell, term, "2030-07-15").then().statusCode(201)
                .body("milestones.find { it.milestone == 'PERSONNEL_PLAN_APPROVED' }.plannedDate",
                        equalTo("2030-07-01")).extract().path("id");

        Map<String, Object> correction = version(term, "01-CT/TW", "2029-01-02", cellRule("2030-07-31", 5, true));
        correction.put("replacesId", first);
        issue(correction).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "*").body(correction)
                .post("/api/v1/congress-rules").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(correction)
                .post("/api/v1/congress-rules").then().statusCode(412);
        String second = given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(correction)
                .post("/api/v1/congress-rules").then().statusCode(201).body("plansRecomputed", equalTo(1))
                .body("replacesId", equalTo(first)).extract().path("id");

        given().get("/api/v1/congresses/" + plan).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("rules.id", equalTo(second))
                .body("milestones.find { it.milestone == 'PERSONNEL_PLAN_APPROVED' }.plannedDate",
                        equalTo("2030-07-08"));
        given().get("/api/v1/congress-rules/" + first).then().statusCode(200).body("status", equalTo("REPLACED"))
                .body("replacedById", equalTo(second));
        given().queryParam("term", term).get("/api/v1/congress-rules").then().statusCode(200)
                .body("items.id", not(hasItem(first)));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(correction)
                .post("/api/v1/congress-rules").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/already-replaced"));
    }

    @Test
    void shouldJudgeByALaterVersionFromItsFirstDayNamingItInTheRefusal() {
        String term = "2035-2040";
        UUID cell = OrgUnits.unit(null, "Chi bộ Trường Đại học Hùng Vương", "GRASSROOTS_PARTY_CELL");
        issue(version(term, "02-CT/TW", "2034-01-02", cellRule("2035-07-31", 10, true))).then().statusCode(201);
        String plan = openPlan(cell, term, "2035-07-20").then().statusCode(201)
                .body("deadline", equalTo("2035-07-31")).extract().path("id");

        issue(version(term, "03-KL/TW", "2035-07-01", cellRule("2035-07-10", 10, true))).then().statusCode(201)
                .body("plansRecomputed", equalTo(1));
        given().get("/api/v1/congresses/" + plan).then().statusCode(200).body("deadline", equalTo("2035-07-10"))
                .body("rules.basisNumber", equalTo("03-KL/TW"));
        Congresses.schedule(plan, "2035-07-14").then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/congress-after-deadline"))
                .body("detail", containsString("03-KL/TW (2035-07-01)"));
        Congresses.schedule(plan, "2035-06-25").then().statusCode(200).body("rules.basisNumber", equalTo("02-CT/TW"))
                .body("deadline", equalTo("2035-07-31"));
        issue(version(term, "04-CT/TW", "2035-07-01", cellRule("2035-07-10", 10, true))).then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/rule-version-exists"));
    }

    @Test
    void shouldRecordACongressWithoutApprovedPersonnelWhereTheVersionAllowsIt() {
        String term = "2040-2045";
        UUID cell = OrgUnits.unit(null, "Chi bộ Ban Quản lý khu công nghiệp", "GRASSROOTS_PARTY_CELL");
        issue(version(term, "05-CT/TW", "2039-01-02", cellRule("2040-07-31", 10, false))).then().statusCode(201);
        String plan = openPlan(cell, term, "2040-07-20").then().statusCode(201).extract().path("id");
        Congresses.reach(plan, "CONGRESS_HELD", "2025-07-20").then().statusCode(200)
                .body("heldOn", equalTo("2025-07-20"));
    }

    @Test
    void shouldLetOnlyProvinceWideRolesIssueRules() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Tam Dương", "DISTRICT_PARTY_COMMITTEE");
        given().header("Authorization", Tokens.unitOfficer("district", district)).contentType(ContentType.JSON)
                .body(version("2045-2050", "06-CT/TW", "2044-01-04", cellRule("2045-07-31", 10, true)))
                .post("/api/v1/congress-rules").then().statusCode(403).contentType("application/problem+json");
        given().queryParam("term", "2045-2050").get("/api/v1/congress-rules").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldPublishAnIssuedVersionAsTheCatalogDescribesIt() throws Exception {
        String id = issue(version("2050-2055", "07-CT/TW", "2049-01-04", cellRule("2050-07-29", 10, true)))
                .then().statusCode(201).extract().path("id");
        var sent = KafkaTestTopics.ofSharedBroker().readUntil(CongressEvents.TOPIC, r -> id.equals(r.key()),
                Duration.ofSeconds(30));
        JsonNode event = JSON.readTree(sent.get(sent.size() - 1).value());
        assertThat(event.path("type").asText()).isEqualTo(CongressEvents.RULES_ISSUED);
        assertThat(event.at("/data/levels/0/personnelLeadWorkingDays").asInt()).isEqualTo(10);
        EventCatalog.assertDescribes(event);
    }

    @Test
    void shouldAnswerBadRulesWithAProblemAndIssueNothing() {
        String term = "2055-2060";
        given().contentType(ContentType.JSON).body("{\"term\": [").post("/api/v1/congress-rules").then()
                .statusCode(400).contentType("application/problem+json");
        Map<String, Object> bad = version(term, "08-CT/TW", "2054-01-05", cellRule("2055-07-31", 10, true));
        bad.remove("levels");
        issue(bad).then().statusCode(400).body("errors.field", hasItem("levels"));
        bad.put("levels", List.of());
        issue(bad).then().statusCode(400).body("errors.field", hasItem("levels"));
        Map<String, Object> level = cellRule("2055-07-31", -1, true);
        bad.put("levels", List.of(level));
        issue(bad).then().statusCode(400).body("errors.field", hasItem("levels[0].personnelLeadWorkingDays"));
        level.put("personnelLeadWorkingDays", "ten");
        issue(bad).then().statusCode(400).contentType("application/problem+json");
        level.put("personnelLeadWorkingDays", 10);
        level.put("unitKind", "chi bộ");
        issue(bad).then().statusCode(400).body("errors.field", hasItem("levels[0].unitKind"));
        level.put("unitKind", "GRASSROOTS_PARTY_CELL");
        level.put("deadline", "2055-02-30");
        issue(bad).then().statusCode(400);
        level.put("deadline", "2055-07-31");
        bad.put("levels", List.of(level, level));
        issue(bad).then().statusCode(400).body("errors.field", hasItem("levels[1].unitKind"));
        bad.put("levels", List.of(level));
        bad.put("name", "x".repeat(301));
        issue(bad).then().statusCode(400).body("errors.field", hasItem("name"));
        bad.put("name", "Đại hội");
        bad.put("validFrom", "2053-12-31");
        issue(bad).then().statusCode(400).body("errors.field", hasItem("validFrom"));
        bad.put("validFrom", "2054-01-05");
        bad.put("replacesId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(bad).post("/api/v1/congress-rules")
                .then().statusCode(422).body("type", equalTo("https://tochuc.vn/problems/unknown-rule-version"));
        given().get("/api/v1/congress-rules/not-an-id").then().statusCode(404);
        given().get("/api/v1/congress-rules?includeReplaced=maybe").then().statusCode(400);
        given().get("/api/v1/congress-rules?term=2055").then().statusCode(400);
        given().queryParam("term", term).get("/api/v1/congress-rules").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }
}
