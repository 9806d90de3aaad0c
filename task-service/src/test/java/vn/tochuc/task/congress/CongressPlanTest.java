package vn.tochuc.task.congress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.tochuc.task.congress.Congresses.TERM;
import static vn.tochuc.task.congress.Congresses.etag;
import static vn.tochuc.task.congress.Congresses.held;
import static vn.tochuc.task.congress.Congresses.open;
import static vn.tochuc.task.congress.Congresses.opened;
import static vn.tochuc.task.congress.Congresses.reach;
import static vn.tochuc.task.congress.Congresses.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
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

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class CongressPlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A commune committee under a province, with a grassroots cell under the commune. */
    record Tree(UUID province, UUID commune, UUID cell) {
        static Tree create(String name) {
            UUID province = OrgUnits.unit(null, "Tỉnh ủy " + name, "PROVINCIAL_PARTY_COMMITTEE");
            UUID commune = OrgUnits.unit(province, "Đảng ủy xã " + name, "COMMUNE_PARTY_COMMITTEE");
            UUID cell = OrgUnits.unit(commune, "Chi bộ thôn " + name, "GRASSROOTS_PARTY_CELL");
            return new Tree(province, commune, cell);
        }
    }

    @Test
    void shouldDeriveTheMilestonesPlannedDaysFromTheRuleInForceOnTheCongressDay() {
        Tree tree = Tree.create("Tam Dương");
        String id = open(tree.cell(), "2025-07-15").then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("congressType", equalTo("MEMBERS")).body("pilot", equalTo(false))
                .body("deadline", equalTo("2025-07-31"))
                .body("rules.basisNumber", equalTo("45-CT/TW")).body("rules.basisDate", equalTo("2025-04-14"))
                .extract().path("id");

        given().get("/api/v1/congresses/" + id).then().statusCode(200)
                .body("unitKind", equalTo("GRASSROOTS_PARTY_CELL"))
                .body("milestones.find { it.milestone == 'PLAN_APPROVED' }.plannedDate", equalTo("2025-06-03"))
                .body("milestones.find { it.milestone == 'DOCUMENTS_DRAFTED' }.plannedDate", equalTo("2025-06-24"))
                .body("milestones.find { it.milestone == 'PERSONNEL_PLAN_APPROVED' }.plannedDate",
                        equalTo("2025-07-01"))
                .body("milestones.find { it.milestone == 'CONGRESS_HELD' }.plannedDate", equalTo("2025-07-15"))
                .body("milestones.find { it.milestone == 'CONGRESS_HELD' }.actualDate", nullValue());
        given().header("If-None-Match", "\"0\"").get("/api/v1/congresses/" + id).then().statusCode(304);
    }

    @Test
    void shouldJudgeACongressBeforeTheDirective45ByDirective35() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Sông Lô", "DISTRICT_PARTY_COMMITTEE");
        open(district, "2025-04-10").then().statusCode(201).body("rules.basisNumber", equalTo("35-CT/TW"))
                .body("deadline", equalTo("2025-08-31"));
        UUID other = OrgUnits.unit(null, "Huyện ủy Lập Thạch", "DISTRICT_PARTY_COMMITTEE");
        open(other, "2025-05-10").then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/no-congress-for-level"))
                .body("detail", containsString("45-CT/TW (2025-04-14)"));
    }

    @Test
    void shouldRefuseAPlannedDatePastTheLevelsDeadlineNamingTheRuleVersion() {
        Tree tree = Tree.create("Bình Xuyên");
        open(tree.cell(), "2025-08-01").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/congress-after-deadline"))
                .body("detail", containsString("45-CT/TW (2025-04-14)"))
                .body("detail", containsString("2025-07-31"));
        given().queryParam("orgUnitId", tree.cell().toString()).get("/api/v1/congresses").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldRefuseACongressAfterItsSuperiorsAndASuperiorBeforeItsSubordinates() {
        Tree tree = Tree.create("Yên Lạc");
        String commune = opened(tree.commune(), "2025-07-20");
        open(tree.cell(), "2025-07-18").then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/congress-after-superior"))
                .body("detail", containsString("on or before 2025-07-13"))
                .body("detail", containsString("45-CT/TW"));
        String cell = opened(tree.cell(), "2025-07-10");

        schedule(commune, "2025-07-15").then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/congress-before-subordinates"))
                .body("detail", containsString("Chi bộ thôn Yên Lạc"));
        schedule(commune, "2025-08-25").then().statusCode(200).body("plannedDate", equalTo("2025-08-25"));
        schedule(cell, "2025-07-12").then().statusCode(200)
                .body("milestones.find { it.milestone == 'PERSONNEL_PLAN_APPROVED' }.plannedDate",
                        equalTo("2025-06-30"));
    }

    @Test
    void shouldKeepOnePlanPerUnitAndTerm() {
        Tree tree = Tree.create("Vĩnh Tường");
        opened(tree.cell(), null);
        open(tree.cell(), "2025-07-01").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/congress-plan-exists"));
    }

    @Test
    void shouldPlanEveryPartyOrganizationOfASubtreeOnceAndSkipOtherBodies() {
        Tree tree = Tree.create("Phúc Yên");
        OrgUnits.unit(tree.province(), "Ban Tổ chức Tỉnh ủy Phúc Yên", "ADVISORY_BOARD");
        OrgUnits.unit(tree.cell(), "Tổ đảng số 1 Phúc Yên", "PARTY_GROUP");
        opened(tree.cell(), null);
        Map<String, Object> body = Map.of("orgUnitId", tree.province(), "term", TERM);

        given().contentType(ContentType.JSON).body(body).post("/api/v1/congresses/subtree-plans").then()
                .statusCode(200).body("created", equalTo(2)).body("alreadyPlanned", equalTo(1))
                .body("notPartyOrganizations", equalTo(2));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/congresses/subtree-plans").then()
                .statusCode(200).body("created", equalTo(0)).body("alreadyPlanned", equalTo(3));
        given().queryParam("orgUnitId", tree.province().toString()).get("/api/v1/congresses").then()
                .statusCode(200).body("items.size()", equalTo(3))
                .body("items.find { it.unitKind == 'COMMUNE_PARTY_COMMITTEE' }.congressType", equalTo("DELEGATES"));
    }

    @Test
    void shouldRecordTheMilestonesInOrderEachOnce() {
        Tree tree = Tree.create("Lập Thạch");
        String id = opened(tree.cell(), "2025-07-15");
        reach(id, "CONGRESS_HELD", "2025-07-15").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/milestone-prerequisite-missing"))
                .body("detail", containsString("PERSONNEL_PLAN_APPROVED"));
        reach(id, "PLAN_APPROVED", "2025-06-02").then().statusCode(200);
        reach(id, "PLAN_APPROVED", "2025-06-03").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/milestone-already-reached"));
        reach(id, "PERSONNEL_PLAN_APPROVED", "2025-06-01").then().statusCode(400)
                .body("errors.field", hasItem("date"));
        reach(id, "PERSONNEL_PLAN_APPROVED", "2025-06-30").then().statusCode(200);
        reach(id, "CONGRESS_HELD", "2025-07-15").then().statusCode(200).body("heldOn", equalTo("2025-07-15"))
                .body("milestones.find { it.milestone == 'PERSONNEL_PLAN_APPROVED' }.actualDate",
                        equalTo("2025-06-30"));
        schedule(id, "2025-07-14").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/congress-already-held"));
    }

    @Test
    void shouldNeedTheETagTheCallerReadForEveryChange() {
        Tree tree = Tree.create("Sông Lô");
        String id = opened(tree.cell(), null);
        Map<String, Object> change = Map.of("plannedDate", "2025-07-01");
        given().contentType(ContentType.JSON).body(change).patch("/api/v1/congresses/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "*").body(change).patch("/api/v1/congresses/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(change)
                .patch("/api/v1/congresses/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("date", "2025-06-01"))
                .post("/api/v1/congresses/" + id + "/milestones/PLAN_APPROVED").then().statusCode(428);
        given().contentType(ContentType.JSON).body(Map.of("date", "2025-06-01"))
                .post("/api/v1/congresses/" + id + "/milestones/PLAN_APPROVED").then().statusCode(428);
        given().get("/api/v1/congresses/" + id).then().statusCode(200).body("plannedDate", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void shouldLetOnlyTheUnitAboveApproveThePersonnelPlan() {
        Tree tree = Tree.create("Tam Đảo");
        String id = opened(tree.cell(), "2025-07-15");
        reach(id, "PLAN_APPROVED", "2025-06-02").then().statusCode(200);
        String cellOfficer = Tokens.unitOfficer("cell-officer", tree.cell());
        given().header("Authorization", cellOfficer).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("date", "2025-06-30")).post("/api/v1/congresses/" + id
                        + "/milestones/PERSONNEL_PLAN_APPROVED")
                .then().statusCode(403).body("type", equalTo("https://tochuc.vn/problems/superior-approves"));
        given().header("Authorization", Tokens.unitOfficer("commune-officer", tree.commune()))
                .contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("date", "2025-06-30"))
                .post("/api/v1/congresses/" + id + "/milestones/PERSONNEL_PLAN_APPROVED")
                .then().statusCode(200);
        given().header("Authorization", cellOfficer).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("date", "2025-06-20")).post("/api/v1/congresses/" + id + "/milestones/DOCUMENTS_DRAFTED")
                .then().statusCode(200);
    }

    @Test
    void shouldHideAnotherBranchsPlansAsIfTheyDidNotExist() {
        Tree mine = Tree.create("Mê Linh");
        Tree theirs = Tree.create("Đông Anh");
        String their = opened(theirs.cell(), null);
        String officer = Tokens.unitOfficer("me-linh", mine.commune());
        given().header("Authorization", officer).get("/api/v1/congresses/" + their).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("plannedDate", "2025-07-01")).patch("/api/v1/congresses/" + their)
                .then().statusCode(404);
        given().header("Authorization", officer).get("/api/v1/congresses").then().statusCode(200)
                .body("items.id", not(hasItem(their)));
        given().header("Authorization", officer).queryParam("orgUnitId", theirs.province().toString())
                .get("/api/v1/congresses").then().statusCode(404);
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Map.of("orgUnitId", theirs.commune(), "term", TERM)).post("/api/v1/congresses")
                .then().statusCode(422).body("type", equalTo("https://tochuc.vn/problems/unknown-unit"));
        given().header("Authorization", Tokens.scoped("viewer", List.of(), "viewer")).contentType(ContentType.JSON)
                .body(Map.of("orgUnitId", mine.cell(), "term", TERM)).post("/api/v1/congresses")
                .then().statusCode(403);
    }

    @Test
    void shouldAnswerBadInputWithAProblemAndWriteNothing() {
        Tree tree = Tree.create("Vĩnh Yên");
        String base = "/api/v1/congresses";
        given().contentType(ContentType.JSON).body("{\"orgUnitId\": ").post(base).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("term", TERM)).post(base).then().statusCode(400)
                .body("errors.field", hasItem("orgUnitId"));
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", "not-an-id", "term", TERM)).post(base)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", tree.cell(), "term", "2025"))
                .post(base).then().statusCode(400).body("errors.field", hasItem("term"));
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", tree.cell(), "term", TERM, "pilot", "yes"))
                .post(base).then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", tree.cell(), "term", TERM,
                "congressType", "ALL")).post(base).then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", tree.cell(), "term", TERM,
                "plannedDate", "2025-02-30")).post(base).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", tree.cell(), "term", "x".repeat(100_000)))
                .post(base).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", UUID.randomUUID(), "term", TERM))
                .post(base).then().statusCode(422);
        given().queryParam("orgUnitId", tree.cell().toString()).get(base).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());

        String id = opened(tree.cell(), null);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .patch(base + "/" + id).then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("date", "tomorrow"))
                .post(base + "/" + id + "/milestones/PLAN_APPROVED").then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .post(base + "/" + id + "/milestones/PLAN_APPROVED").then().statusCode(400)
                .body("errors.field", hasItem("date"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("date", "2099-01-01"))
                .post(base + "/" + id + "/milestones/PLAN_APPROVED").then().statusCode(400)
                .body("errors.field", hasItem("date"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("date", "2025-06-01"))
                .post(base + "/" + id + "/milestones/ELECTED").then().statusCode(404);
        given().get(base + "/not-an-id").then().statusCode(404);
        given().get(base + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get(base + "?limit=0").then().statusCode(400);
        given().get(base + "?pageToken=forged").then().statusCode(400);
        given().get(base + "/" + id).then().statusCode(200).body("version", equalTo(0))
                .body("milestones.find { it.milestone == 'PLAN_APPROVED' }.actualDate", nullValue());
    }

    @Test
    void shouldPublishEachStepOfThePlanAsTheCatalogDescribesIt() throws Exception {
        Tree tree = Tree.create("Hòa Bình");
        String id = opened(tree.cell(), "2025-07-15");
        held(id, "2025-06-30", null);
        reach(id, "CONGRESS_HELD", "2025-07-15").then().statusCode(200);

        var sent = KafkaTestTopics.ofSharedBroker().readUntil(CongressEvents.TOPIC,
                r -> id.equals(r.key()) && r.value().contains(CongressEvents.HELD), Duration.ofSeconds(30));
        List<JsonNode> events = sent.stream().filter(r -> id.equals(r.key())).map(r -> read(r.value())).toList();
        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly(CongressEvents.SCHEDULED,
                CongressEvents.MILESTONE_REACHED, CongressEvents.MILESTONE_REACHED, CongressEvents.HELD);
        assertThat(events.get(2).at("/data/milestone").asText()).isEqualTo("PERSONNEL_PLAN_APPROVED");
        assertThat(events.get(3).at("/data/heldOn").asText()).isEqualTo("2025-07-15");
        events.forEach(EventCatalog::assertDescribes);
    }

    private static JsonNode read(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
