package vn.tochuc.task.succession;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.EventCatalog;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.platform.testing.TestEvents;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.congress.CongressEvents;
import vn.tochuc.task.target.TargetEvents;

/**
 * org-service's merged / consolidated / split / dissolved events, as org-service publishes them on the real broker:
 * what the ceased unit owned passes on (or is flagged), the first owner stays on record, the events go out as the
 * catalog says, and a redelivered event changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class SuccessionTest {

    private static final String ORG_TOPIC = "tochuc.org.unit";
    private static final String DLT = "tochuc.dlt.task-service";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    /** A district with two communes (the one that ceases and the one that takes over) and what the first owns. */
    record Owned(UUID district, UUID ceased, UUID successor, UUID village, String task, String subtask,
            String target, String obligation, String plan) {

        static Owned create(String name) {
            UUID district = OrgUnits.unit(null, "Huyện ủy " + name, "DISTRICT_PARTY_COMMITTEE");
            UUID ceased = OrgUnits.unit(district, "Đảng ủy xã " + name + " Bắc", "COMMUNE_PARTY_COMMITTEE");
            UUID successor = OrgUnits.unit(district, "Đảng ủy xã " + name + " Nam", "COMMUNE_PARTY_COMMITTEE");
            UUID village = OrgUnits.unit(ceased, "Chi bộ thôn " + name, "GRASSROOTS_PARTY_CELL");
            String root = assignedRoot(district);
            assign(root, ceased);
            String task = childOf(root, ceased);
            assign(task, village);
            String subtask = childOf(task, village);
            String target = defineTarget(district, ceased);
            String obligation = owedReport(district, ceased);
            String plan = given().contentType(ContentType.JSON).body(Map.of("orgUnitId", ceased, "term", "2025-2030"))
                    .post("/api/v1/congresses").then().statusCode(201).extract().path("id");
            return new Owned(district, ceased, successor, village, task, subtask, target, obligation, plan);
        }
    }

    @Test
    void shouldPassAMergedUnitsTasksTargetsReportsAndCongressToItsSuccessorOnceThoughDeliveredTwice()
            throws Exception {
        Owned o = Owned.create("Tam Hồng " + suffix());
        String event = ceased(UUID.randomUUID().toString(), "merged", o.ceased(), List.of(o.successor()));
        KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();
        kafka.publish(ORG_TOPIC, o.ceased().toString(), event, TestEvents.HEADERS);
        kafka.publish(ORG_TOPIC, o.ceased().toString(), event, TestEvents.HEADERS);

        JsonPath task = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/api/v1/tasks/" + o.task()),
                        t -> o.successor().toString().equals(t.getString("leadUnitId")));
        assertThat(task.getString("originalLeadUnitId")).isEqualTo(o.ceased().toString());
        JsonPath subtask = get("/api/v1/tasks/" + o.subtask());
        assertThat(subtask.getString("assigningUnitId")).as("the task the ceased unit gave its village")
                .isEqualTo(o.successor().toString());
        assertThat(subtask.getString("originalAssigningUnitId")).isEqualTo(o.ceased().toString());
        JsonPath target = get("/api/v1/targets/" + o.target());
        assertThat(target.getString("ownerUnitId")).isEqualTo(o.successor().toString());
        assertThat(target.getString("originalOwnerUnitId")).isEqualTo(o.ceased().toString());
        assertThat(target.getString("ownerSince")).isEqualTo(TODAY.toString());
        JsonPath obligation = get("/api/v1/report-obligations/" + o.obligation());
        assertThat(obligation.getString("unitId")).isEqualTo(o.successor().toString());
        JsonPath plan = get("/api/v1/congresses/" + o.plan());
        assertThat(plan.getString("closedOn")).isEqualTo(TODAY.toString());
        assertThat(plan.getString("successorUnitId")).isEqualTo(o.successor().toString());
        assertThat(given().queryParam("orgUnitId", o.successor().toString()).get("/api/v1/congresses").then()
                .statusCode(200).extract().<String>path("items[0].term")).as("the successor's own congress plan")
                .isEqualTo("2025-2030");

        awaitApplied(event);
        List<ConsumerRecord<String, String>> transferred = kafka.readUntil(TargetEvents.TOPIC,
                r -> o.target().equals(r.key()) && r.value().contains(TargetEvents.TRANSFERRED), Duration.ofSeconds(30));
        JsonNode sent = JSON.readTree(transferred.get(transferred.size() - 1).value());
        assertThat(sent.at("/data/fromUnitId").asText()).isEqualTo(o.ceased().toString());
        EventCatalog.assertDescribes(sent);
        List<ConsumerRecord<String, String>> closed = kafka.readUntil(CongressEvents.TOPIC,
                r -> o.plan().equals(r.key()) && r.value().contains(CongressEvents.CLOSED), Duration.ofSeconds(30));
        EventCatalog.assertDescribes(JSON.readTree(closed.get(closed.size() - 1).value()));
        assertThat(kafka.readAll(TargetEvents.TOPIC, Duration.ofSeconds(2))).as("one transfer, not one per copy")
                .filteredOn(r -> o.target().equals(r.key()) && r.value().contains(TargetEvents.TRANSFERRED))
                .hasSize(1);
        assertThat(get("/api/v1/targets/" + o.target()).getLong("version")).isEqualTo(target.getLong("version"));
        assertThat(kafka.readAll(DLT, Duration.ofSeconds(1))).noneMatch(r -> r.value().contains(o.ceased().toString()));
    }

    @Test
    void shouldHandAConsolidatedUnitsTargetToTheNewUnit() {
        Owned o = Owned.create("Hợp Hòa " + suffix());
        String event = ceased(UUID.randomUUID().toString(), "consolidated", o.ceased(), List.of(o.successor()));
        KafkaTestTopics.ofSharedBroker().publish(ORG_TOPIC, o.ceased().toString(), event, TestEvents.HEADERS);

        awaitApplied(event);
        assertThat(get("/api/v1/targets/" + o.target()).getString("ownerUnitId")).isEqualTo(o.successor().toString());
        assertThat(get("/api/v1/tasks/" + o.task()).getString("leadUnitId")).isEqualTo(o.successor().toString());
    }

    @Test
    void shouldLeaveASplitUnitsItemsWithItAndGiveItsParentATaskListingThem() {
        Owned o = Owned.create("Kim Long " + suffix());
        UUID second = OrgUnits.unit(o.district(), "Đảng ủy xã Kim Long Đông " + suffix(), "COMMUNE_PARTY_COMMITTEE");
        String event = ceased(UUID.randomUUID().toString(), "split", o.ceased(), List.of(o.successor(), second));
        KafkaTestTopics.ofSharedBroker().publish(ORG_TOPIC, o.ceased().toString(), event, TestEvents.HEADERS);

        awaitApplied(event);
        assertThat(get("/api/v1/targets/" + o.target()).getString("ownerUnitId")).isEqualTo(o.ceased().toString());
        assertThat(get("/api/v1/report-obligations/" + o.obligation()).getString("unitId"))
                .isEqualTo(o.ceased().toString());
        List<Map<String, Object>> flags = given().queryParam("unitId", o.district().toString())
                .queryParam("limit", 50).get("/api/v1/tasks").then().statusCode(200).extract().path("items");
        Map<String, Object> flag = flags.stream().filter(t -> ("succession:" + o.ceased()).equals(t.get("systemKey")))
                .findFirst().orElseThrow();
        assertThat((String) flag.get("title")).startsWith("Phân công lại nhiệm vụ của đơn vị đã chia tách");
        assertThat((String) flag.get("description")).contains(o.target(), o.obligation());
        assertThat(get("/api/v1/congresses/" + o.plan()).getString("closedOn")).isEqualTo(TODAY.toString());
        for (UUID unit : List.of(o.successor(), second)) {
            assertThat(given().queryParam("orgUnitId", unit.toString()).get("/api/v1/congresses").then()
                    .statusCode(200).extract().<List<?>>path("items")).as("each new unit's congress plan").hasSize(1);
        }
    }

    @Test
    void shouldGiveADissolvedUnitsItemsToItsParentAndCloseItsPlanWithoutASuccessor() {
        Owned o = Owned.create("Đạo Tú " + suffix());
        String event = ceased(UUID.randomUUID().toString(), "dissolved", o.ceased(), List.of());
        KafkaTestTopics.ofSharedBroker().publish(ORG_TOPIC, o.ceased().toString(), event, TestEvents.HEADERS);

        awaitApplied(event);
        assertThat(get("/api/v1/targets/" + o.target()).getString("ownerUnitId")).isEqualTo(o.district().toString());
        assertThat(get("/api/v1/tasks/" + o.task()).getString("leadUnitId")).isEqualTo(o.district().toString());
        JsonPath plan = get("/api/v1/congresses/" + o.plan());
        assertThat(plan.getString("closedOn")).isEqualTo(TODAY.toString());
        assertThat(plan.getString("successorUnitId")).isNull();
        given().contentType(ContentType.JSON).header("If-Match", tag("/api/v1/congresses/" + o.plan()))
                .body(Map.of("plannedDate", TODAY.plusMonths(1).toString())).patch("/api/v1/congresses/" + o.plan()).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldGiveADissolvedUnitsItemsToWhoCarriesOnItsParentWhenTheParentMergedFirst() {
        // Vĩnh Phúc's districts ended on 1 July 2025, the day Vĩnh Phúc merged into Phú Thọ: two units' events, in
        // no fixed order
        Owned o = Owned.create("Yên Lạc " + suffix());
        UUID phuTho = OrgUnits.unit(null, "Tỉnh ủy Phú Thọ " + suffix(), "PROVINCIAL_PARTY_COMMITTEE");
        String merged = ceased(UUID.randomUUID().toString(), "merged", o.district(), List.of(phuTho));
        KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();
        kafka.publish(ORG_TOPIC, o.district().toString(), merged, TestEvents.HEADERS);
        awaitApplied(merged);

        String dissolved = ceased(UUID.randomUUID().toString(), "dissolved", o.ceased(), List.of());
        kafka.publish(ORG_TOPIC, o.ceased().toString(), dissolved, TestEvents.HEADERS);

        awaitApplied(dissolved);
        assertThat(get("/api/v1/tasks/" + o.task()).getString("leadUnitId")).isEqualTo(phuTho.toString());
        assertThat(get("/api/v1/targets/" + o.target()).getString("ownerUnitId")).isEqualTo(phuTho.toString());
        assertThat(get("/api/v1/report-obligations/" + o.obligation()).getString("unitId"))
                .isEqualTo(phuTho.toString());
    }

    @Test
    void shouldDeadLetterAMergeWithoutASuccessorAndChangeNothing() {
        Owned o = Owned.create("Vân Hội " + suffix());
        String id = UUID.randomUUID().toString();
        KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();
        kafka.publish(ORG_TOPIC, o.ceased().toString(), ceased(id, "merged", o.ceased(), List.of()),
                TestEvents.HEADERS);

        kafka.readUntil(DLT, r -> r.value().contains(id), Duration.ofSeconds(30));
        assertThat(get("/api/v1/targets/" + o.target()).getString("ownerUnitId")).isEqualTo(o.ceased().toString());
        assertThat(get("/api/v1/congresses/" + o.plan()).getString("closedOn")).isNull();
    }

    /** Waits until the inbox holds the event: every handler of it ran and committed. */
    private void awaitApplied(String event) {
        String id;
        try {
            id = JSON.readTree(event).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from inbox_event where event_id = ?1").setParameter(1, id)
                        .getSingleResult()).longValue() == 1));
    }

    static String ceased(String eventId, String verb, UUID unit, List<UUID> successors) {
        Map<String, Object> state = new HashMap<>();
        state.put("name", "Đảng ủy xã");
        state.put("shortName", "ĐU");
        state.put("kind", "COMMUNE_PARTY_COMMITTEE");
        state.put("parentId", null);
        state.put("status", "ACTIVE");
        Map<String, Object> data = new HashMap<>();
        data.put("unitId", unit.toString());
        data.put("code", "X-" + unit.toString().substring(0, 6));
        data.put("effectiveDate", TODAY.toString());
        data.put("caseId", UUID.randomUUID().toString());
        data.put("decision", Map.of("number", "1656/NQ-UBTVQH15", "date", "2025-06-16", "issuer", "UBTVQH"));
        data.put("previous", state);
        data.put("current", currentOf(unit, state));
        data.put("predecessorIds", List.of());
        data.put("successorIds", successors.stream().map(UUID::toString).toList());
        return TestEvents.cloudEvent(eventId, "/tochuc/org-service", "vn.tochuc.org.unit." + verb + ".v1",
                unit.toString(), data);
    }

    /** The unit from the effective date: CEASED, under the parent the read model knows. */
    private static Map<String, Object> currentOf(UUID unit, Map<String, Object> previous) {
        Map<String, Object> current = new HashMap<>(previous);
        current.put("parentId", QuarkusTransaction.requiringNew().call(() -> {
            var view = vn.tochuc.platform.orgscope.OrgUnitView.<vn.tochuc.platform.orgscope.OrgUnitView>findById(unit);
            previous.put("parentId", view.parentId == null ? null : view.parentId.toString());
            current.put("name", view.name);
            return view.parentId == null ? null : view.parentId.toString();
        }));
        current.put("status", "CEASED");
        return current;
    }

    private static JsonPath get(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static String assignedRoot(UUID unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "KEY_TASK");
        body.put("title", "Sắp xếp tổ chức bộ máy, tinh gọn biên chế");
        body.put("leadUnitId", unit.toString());
        body.put("deadline", TODAY.plusMonths(6).toString());
        String id = given().contentType(ContentType.JSON).body(body).post("/api/v1/tasks").then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", tag("/api/v1/tasks/" + id))
                .body(Map.of("step", "ASSIGN")).post("/api/v1/tasks/" + id + "/steps").then().statusCode(200);
        return id;
    }

    private static void assign(String task, UUID unit) {
        given().contentType(ContentType.JSON).header("If-Match", tag("/api/v1/tasks/" + task))
                .body(Map.of("unitIds", List.of(unit.toString()))).post("/api/v1/tasks/" + task + "/assignments")
                .then().statusCode(201);
    }

    private static String childOf(String parent, UUID unit) {
        return given().queryParam("parentId", parent).queryParam("unitId", unit.toString()).get("/api/v1/tasks")
                .then().statusCode(200).extract().path("items[0].id");
    }

    private static String defineTarget(UUID issuer, UUID owner) {
        String document = given().contentType(ContentType.JSON).body(Map.of("numberSymbol",
                        "01-NQ/ĐH-" + suffix(), "kind", "RESOLUTION", "title", "Nghị quyết Đại hội Đảng bộ huyện",
                        "issuerUnitId", issuer, "issuedOn", "2020-10-15", "term", "2025-2030"))
                .post("/api/v1/source-documents").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>();
        body.put("documentId", document);
        body.put("code", "CT-" + suffix());
        body.put("name", "Kết nạp đảng viên mới");
        body.put("unitOfMeasure", "đảng viên");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("aggregation", "SUM");
        body.put("termTarget", 120);
        body.put("ownerUnitId", owner);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/targets").then().statusCode(201)
                .extract().path("id");
    }

    private static String owedReport(UUID requester, UUID unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("requestingUnitId", requester);
        body.put("subject", "Báo cáo công tác tổ chức xây dựng Đảng");
        body.put("periodKind", "QUARTER");
        body.put("units", List.of(unit));
        String schedule = given().contentType(ContentType.JSON).body(body).post("/api/v1/report-schedules").then()
                .statusCode(201).extract().path("id");
        String period = TODAY.getYear() + "-Q" + ((TODAY.getMonthValue() - 1) / 3 + 1);
        given().header("If-Match", tag("/api/v1/report-schedules/" + schedule))
                .post("/api/v1/report-schedules/" + schedule + "/obligations?period=" + period).then().statusCode(201);
        return given().queryParam("scheduleId", schedule).get("/api/v1/report-obligations").then().statusCode(200)
                .extract().path("items[0].id");
    }

    private static String tag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
