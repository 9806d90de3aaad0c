package vn.tochuc.task.target;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.tochuc.task.target.TargetCalls.defined;
import static vn.tochuc.task.target.TargetCalls.figure;
import static vn.tochuc.task.target.TargetCalls.measure;
import static vn.tochuc.task.target.TargetCalls.measured;
import static vn.tochuc.task.target.TargetCalls.newMembers;
import static vn.tochuc.task.target.TargetCalls.ratio;
import static vn.tochuc.task.target.TargetCalls.resolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.EventCatalog;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.Tokens;
import vn.tochuc.task.audit.AuditEntry;
import vn.tochuc.task.target.TargetCalls.Tree;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class MeasurementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String path(String target, String measurement) {
        return "/api/v1/targets/" + target + "/measurements/" + measurement;
    }

    private static Map<String, Object> correction(Object value) {
        return Map.of("value", value, "reason", "Số liệu bổ sung sau rà soát", "evidenceRef", "230-BC/HU");
    }

    @Test
    void shouldCorrectAFigureOnlyAtTheVersionReadAndKeepTheReplacedFigure() {
        Tree tree = Tree.create("Vĩnh Yên");
        String target = defined(newMembers(resolution(tree.province()), tree.province()));
        String id = measured(target, tree.districtA(), "2024", 900);

        given().contentType(ContentType.JSON).body(correction(1000)).put(path(target, id)).then().statusCode(428)
                .contentType("application/problem+json");
        given().header("If-Match", "*").contentType(ContentType.JSON).body(correction(1000)).put(path(target, id))
                .then().statusCode(428);
        given().header("If-Match", "\"3\"").contentType(ContentType.JSON).body(correction(1000))
                .put(path(target, id)).then().statusCode(412);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(correction(1000))
                .put(path(target, id)).then().statusCode(200).header("ETag", "\"1\"")
                .body("value", equalTo(1000.0f)).body("revision", equalTo(2));

        given().get(path(target, id)).then().statusCode(200).body("value", equalTo(1000.0f))
                .body("replaced", hasSize(1)).body("replaced[0].value", equalTo(900.0f))
                .body("replaced[0].reason", equalTo("Số liệu bổ sung sau rà soát"));
        given().header("If-None-Match", "\"1\"").get(path(target, id)).then().statusCode(304);

        List<AuditEntry> audit = QuarkusTransaction.requiringNew().call(() ->
                AuditEntry.<AuditEntry>list("entityId = ?1 order by at", UUID.fromString(id)));
        assertThat(audit).extracting(e -> e.action + " by " + e.actor)
                .containsExactly("MEASURED by board-officer@test", "CORRECTED by board-officer@test");
    }

    @Test
    void shouldRefuseASecondFigureForTheSameUnitAndPeriod() {
        Tree tree = Tree.create("Phúc Yên");
        String target = defined(newMembers(resolution(tree.province()), tree.province()));
        measured(target, tree.districtA(), "2024-Q1", 300);
        measure(target, figure(tree.districtA(), "2024-Q1", 310)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/already-measured"));
        given().queryParam("unitId", tree.districtA().toString()).get("/api/v1/targets/" + target + "/measurements")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].value", equalTo(300.0f));
    }

    @Test
    void shouldLetOnlySomeoneElseActingForTheOwningUnitVerifyAFigure() {
        Tree tree = Tree.create("Lập Thạch");
        String target = defined(newMembers(resolution(tree.province()), tree.province()));
        String district = Tokens.unitOfficer("officer-district-a", tree.districtA());
        String id = measure(given().header("Authorization", district), target, figure(tree.districtA(), "2023", 1200))
                .then().statusCode(201).body("recordedBy", equalTo("officer-district-a")).extract().path("id");

        given().header("Authorization", district).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{}").post(path(target, id) + "/verification").then().statusCode(403);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("verifiedOn", "2999-01-01"))
                .post(path(target, id) + "/verification").then().statusCode(400)
                .body("errors[0].field", equalTo("verifiedOn"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}")
                .post(path(target, id) + "/verification").then().statusCode(200)
                .body("verifiedBy", equalTo("board-officer@test"))
                .body("verifiedOn", org.hamcrest.Matchers.notNullValue());
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body("{}")
                .post(path(target, id) + "/verification").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/already-verified"));

        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(correction(1250))
                .put(path(target, id)).then().statusCode(200).body("verifiedBy", nullValue());
        given().header("If-Match", "\"2\"").contentType(ContentType.JSON).body("{}")
                .post(path(target, id) + "/verification").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/self-verification"));
    }

    @Test
    void shouldRefuseAFigureForAPeriodOutsideTheTermOrAUnitOutsideTheOwnersSubtree() {
        Tree tree = Tree.create("Tam Đảo");
        String target = defined(newMembers(resolution(tree.province()), tree.districtA()));
        measure(target, figure(tree.districtA(), "2026", 10)).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/period-outside-term"));
        measure(target, figure(tree.districtA(), "2019-Q4", 10)).then().statusCode(422);
        measure(target, figure(tree.districtB(), "2024", 10)).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/unit-outside-target"));
        measure(target, figure(tree.communeB(), "2024", 10)).then().statusCode(422);
        measure(target, figure(UUID.randomUUID(), "2024", 10)).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/unknown-unit"));
        measured(target, tree.communeA(), "2024", 10);
        given().get("/api/v1/targets/" + target + "/measurements").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void shouldRefuseARatioWithoutAPositiveDenominatorNamingTheField() {
        Tree tree = Tree.create("Sông Lô");
        Map<String, Object> body = newMembers(resolution(tree.province()), tree.province());
        body.put("aggregation", "RATIO");
        body.put("unitOfMeasure", "%");
        String target = defined(body);
        measure(target, ratio(tree.districtA(), "2024", 3, 0)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("denominator"));
        measure(target, ratio(tree.districtA(), "2024", 3, -5)).then().statusCode(400)
                .body("errors[0].field", equalTo("denominator"));
        measure(target, ratio(tree.districtA(), "2024", null, 5)).then().statusCode(400)
                .body("errors[0].field", equalTo("numerator"));
        measure(target, figure(tree.districtA(), "2024", 80)).then().statusCode(400)
                .body("errors[0].field", equalTo("value"));
        given().get("/api/v1/targets/" + target + "/measurements").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldAnswerBadFiguresWithAProblemAndRecordNothing() {
        Tree tree = Tree.create("Yên Lạc");
        String target = defined(newMembers(resolution(tree.province()), tree.province()));
        String url = "/api/v1/targets/" + target + "/measurements";
        given().contentType(ContentType.JSON).body("{\"unitId\": ").post(url).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[1, 2]").post(url).then().statusCode(400);
        given().contentType(ContentType.JSON).post(url).then().statusCode(400);
        Map<String, Object> bad = figure(tree.districtA(), "2024", "nhiều");
        measure(target, bad).then().statusCode(400).body("errors[0].field", equalTo("value"));
        bad.put("value", 1.23456);
        measure(target, bad).then().statusCode(400).body("errors.field", hasItem("value"));
        bad.put("value", 12);
        bad.put("unitId", "district-a");
        measure(target, bad).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        bad.put("unitId", tree.districtA());
        for (String period : List.of("2024-Q5", "2024-H3", "24", "2024-q1", "x".repeat(5000))) {
            bad.put("period", period);
            measure(target, bad).then().statusCode(400).body("errors.field", hasItem("period"));
        }
        bad.put("period", "2024");
        bad.put("evidence", "x".repeat(4001));
        measure(target, bad).then().statusCode(400).body("errors[0].field", equalTo("evidence"));
        bad.remove("evidence");
        bad.remove("unitId");
        measure(target, bad).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        given().get(url).then().statusCode(200).body("items", hasSize(0));
        given().get(url + "?period=2024-Q9").then().statusCode(400);
        given().get(url + "?unitId=abc").then().statusCode(400);
        given().get(url + "/not-an-id").then().statusCode(404);
        given().get(url + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("value", 3))
                .put(url + "/" + UUID.randomUUID()).then().statusCode(400);
    }

    @Test
    void shouldHideAnotherDistrictsFiguresAndTargets() {
        Tree tree = Tree.create("Bình Xuyên");
        String provincial = defined(newMembers(resolution(tree.province()), tree.province()));
        String ofA = defined(newMembers(resolution(tree.province()), tree.districtA()));
        String figureOfA = measured(provincial, tree.districtA(), "2024", 100);
        measured(provincial, tree.districtB(), "2024", 100);
        String b = Tokens.unitOfficer("officer-district-b", tree.districtB());

        given().header("Authorization", b).get("/api/v1/targets/" + provincial).then().statusCode(200);
        given().header("Authorization", b).get("/api/v1/targets/" + ofA).then().statusCode(404);
        given().header("Authorization", b).get(path(provincial, figureOfA)).then().statusCode(404);
        given().header("Authorization", b).get("/api/v1/targets/" + provincial + "/measurements").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].unitId", equalTo(tree.districtB().toString()));
        given().header("Authorization", b).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(correction(5)).put(path(provincial, figureOfA)).then().statusCode(404);
        measure(given().header("Authorization", b), provincial, figure(tree.districtA(), "2023", 5)).then()
                .statusCode(422);
        measure(given().header("Authorization", b), ofA, figure(tree.districtB(), "2023", 5)).then().statusCode(404);
        given().header("Authorization", Tokens.scoped("viewer-b", List.of(tree.districtB()), "viewer"))
                .contentType(ContentType.JSON).body(figure(tree.districtB(), "2023", 5))
                .post("/api/v1/targets/" + provincial + "/measurements").then().statusCode(403);
    }

    @Test
    void shouldPublishEachChangeAndTheStatusItChangesAsTheCatalogDescribesThem() throws Exception {
        Tree tree = Tree.create("Tam Dương");
        String target = defined(newMembers(resolution(tree.province()), tree.province()));
        String id = measured(target, tree.districtA(), "2024", 1400);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}")
                .post(path(target, id) + "/verification").then().statusCode(409);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("termTarget", 7000, "yearlyTargets", List.of(Map.of("year", 2024, "value", 1500))))
                .put("/api/v1/targets/" + target + "/yearly-targets").then().statusCode(200);
        given().header("Authorization", Tokens.unitOfficer("officer-a", tree.districtA()))
                .header("If-Match", "\"0\"").contentType(ContentType.JSON).body(correction(1600))
                .put(path(target, id)).then().statusCode(200);
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body("{}")
                .post(path(target, id) + "/verification").then().statusCode(200);

        List<ConsumerRecord<String, String>> sent = KafkaTestTopics.ofSharedBroker().readUntil(TargetEvents.TOPIC,
                r -> target.equals(r.key()) && r.value().contains(TargetEvents.VERIFIED), Duration.ofSeconds(30));
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : sent) {
            if (target.equals(r.key())) {
                events.add(JSON.readTree(r.value()));
            }
        }
        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly(TargetEvents.DEFINED,
                TargetEvents.MEASURED, TargetEvents.STATUS_CHANGED, TargetEvents.STATUS_CHANGED, TargetEvents.CHANGED,
                TargetEvents.MEASURED, TargetEvents.STATUS_CHANGED, TargetEvents.STATUS_CHANGED,
                TargetEvents.VERIFIED);
        assertThat(events.get(2).at("/data/unitId").asText()).isEqualTo(tree.districtA().toString());
        assertThat(events.get(2).at("/data/status").asText()).isEqualTo("EXCEEDED");
        assertThat(events.get(3).at("/data/unitId").asText()).isEqualTo(tree.province().toString());
        assertThat(events.get(3).at("/data/previousStatus").asText()).isEqualTo("NO_DATA");
        assertThat(events.get(6).at("/data/previousStatus").asText()).isEqualTo("NOT_MET");
        assertThat(events.get(6).at("/data/status").asText()).isEqualTo("EXCEEDED");
        assertThat(events.get(5).at("/data/revision").asInt()).isEqualTo(2);
        assertThat(events.get(8).at("/data/verifiedBy").asText()).isNotBlank();
        events.forEach(EventCatalog::assertDescribes);
    }
}
