package vn.tochuc.task.congress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.tochuc.task.congress.Congresses.TERM;
import static vn.tochuc.task.congress.Congresses.held;
import static vn.tochuc.task.congress.Congresses.opened;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.platform.testing.TestEvents;
import vn.tochuc.task.OrgUnits;

/** org-service's record of a congress marks the unit's plan held. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class CongressRecordedEventTest {

    private static final String TOPIC = "tochuc.org.unit";

    @Test
    void shouldOpenAndMarkHeldThePlanOfAUnitWithoutOneOnceThoughDeliveredTwice() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Công ty Điện lực Vĩnh Phúc", "GRASSROOTS_PARTY_CELL");
        String event = recorded(UUID.randomUUID().toString(), cell, TERM, 12, "2025-07-15");
        KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();
        kafka.publish(TOPIC, cell.toString(), event, TestEvents.HEADERS);
        kafka.publish(TOPIC, cell.toString(), event, TestEvents.HEADERS);

        JsonPath plan = awaitPlan(cell, p -> "2025-07-15".equals(p.getString("heldOn")));
        assertThat(plan.getInt("congressOrdinal")).isEqualTo(12);
        assertThat(plan.getString("congressType")).isEqualTo("MEMBERS");
        assertThat(plan.getString("rules.basisNumber")).isEqualTo("45-CT/TW");
        assertThat(plan.getString("deadline")).isEqualTo("2025-07-31");

        // A later correction on the same key comes after both copies, so once it shows, both were handled.
        kafka.publish(TOPIC, cell.toString(), recorded(UUID.randomUUID().toString(), cell, TERM, 12, "2025-07-16"),
                TestEvents.HEADERS);
        String id = awaitPlan(cell, p -> "2025-07-16".equals(p.getString("heldOn"))).getString("id");
        // Read up to the correction's held event: a copy's would have been sent before it.
        var held = kafka.readUntil(CongressEvents.TOPIC, r -> id.equals(r.key())
                        && r.value().contains(CongressEvents.HELD) && r.value().contains("2025-07-16"),
                Duration.ofSeconds(30)).stream()
                .filter(r -> id.equals(r.key()) && r.value().contains(CongressEvents.HELD)).toList();
        assertThat(held).as("one held event for the record and one for its correction, none for the copy")
                .hasSize(2);
        assertThat(kafka.readAll("tochuc.dlt.task-service", Duration.ofSeconds(1)))
                .noneMatch(r -> r.value().contains(cell.toString()));
    }

    @Test
    void shouldMarkAnExistingPlanHeldAndFollowACorrection() {
        UUID commune = OrgUnits.unit(null, "Đảng ủy xã Hợp Thịnh", "COMMUNE_PARTY_COMMITTEE");
        String id = opened(commune, "2025-08-20");
        held(id, "2025-08-01", null);
        KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();
        kafka.publish(TOPIC, commune.toString(), recorded(UUID.randomUUID().toString(), commune, TERM, 1,
                "2025-08-20"), TestEvents.HEADERS);
        awaitPlan(commune, p -> "2025-08-20".equals(p.getString("heldOn")));

        kafka.publish(TOPIC, commune.toString(), recorded(UUID.randomUUID().toString(), commune, TERM, 1,
                "2025-08-21"), TestEvents.HEADERS);
        JsonPath corrected = awaitPlan(commune, p -> "2025-08-21".equals(p.getString("heldOn")));
        assertThat(corrected.getString("id")).isEqualTo(id);
        assertThat(corrected.getString("plannedDate")).isEqualTo("2025-08-20");
        assertThat(corrected.getInt("congressOrdinal")).isEqualTo(1);
    }

    @Test
    void shouldLeaveACongressOfATermWithoutRulesToOrgService() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Trường THPT Liễn Sơn", "GRASSROOTS_PARTY_CELL");
        KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();
        kafka.publish(TOPIC, cell.toString(), recorded(UUID.randomUUID().toString(), cell, "2020-2025", 11,
                "2020-06-10"), TestEvents.HEADERS);
        kafka.publish(TOPIC, cell.toString(), recorded(UUID.randomUUID().toString(), cell, TERM, 12, "2025-06-10"),
                TestEvents.HEADERS);

        awaitPlan(cell, p -> "2025-06-10".equals(p.getString("heldOn")));
        given().queryParam("orgUnitId", cell.toString()).get("/api/v1/congresses").then().statusCode(200)
                .body("items.term", org.hamcrest.Matchers.contains(TERM));
    }

    static String recorded(String eventId, UUID unit, String term, int ordinal, String date) {
        Map<String, Object> data = new HashMap<>();
        data.put("unitId", unit.toString());
        data.put("termCode", term);
        data.put("congressOrdinal", ordinal);
        data.put("congressDate", date);
        data.put("executiveCommitteeSeats", 5);
        data.put("standingCommitteeSeats", null);
        data.put("inspectionCommissionSeats", null);
        return TestEvents.cloudEvent(eventId, "/tochuc/org-service", "vn.tochuc.org.unit.congress-recorded.v1",
                unit.toString(), data);
    }

    /** The unit's only plan, once it meets the condition. */
    private static JsonPath awaitPlan(UUID unit, Predicate<JsonPath> condition) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    List<String> ids = given().queryParam("orgUnitId", unit.toString()).get("/api/v1/congresses")
                            .then().statusCode(200).extract().path("items.id");
                    return ids.isEmpty() ? null
                            : given().get("/api/v1/congresses/" + ids.get(0)).then().extract().jsonPath();
                }, plan -> plan != null && condition.test(plan));
    }
}
