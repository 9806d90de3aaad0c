package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.event.DeadLetters;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.platform.testing.TestEvents;

/** cadre-service keeps its own org tree from org-service's events: each applied once, bad ones parked. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "cadre"))
class OrgUnitEventsTest {

    private static final String TOPIC = "tochuc.org.unit";
    private static final String DEAD_LETTERS = "tochuc.dlt.cadre-service";

    private final KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();

    @Inject
    EntityManager em;

    @Test
    void shouldAddAUnitCreatedOnOrgServiceToItsReadModel() {
        UUID unit = UUID.randomUUID();
        publish(TestEvents.orgUnitCreated(UUID.randomUUID().toString(), unit, "Chi bộ Ban Tổ chức"), unit);

        OrgUnitView view = awaitView(unit);
        assertThat(view.name).isEqualTo("Chi bộ Ban Tổ chức");
        assertThat(view.kind).isEqualTo("GRASSROOTS_PARTY_CELL");
        assertThat(view.validFrom).hasToString("2021-05-01");
    }

    @Test
    void shouldApplyAnEventDeliveredTwiceOnlyOnce() {
        UUID unit = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String event = TestEvents.orgUnitCreated(eventId, unit, "Chi bộ giao hai lần");
        publish(event, unit);
        publish(event, unit);
        UUID marker = UUID.randomUUID();
        publish(TestEvents.orgUnitCreated(UUID.randomUUID().toString(), marker, "Chi bộ đánh dấu"), marker);

        awaitView(marker);
        assertThat(inboxRows(eventId)).isEqualTo(1);
        assertThat(OrgUnitView.count("id", unit)).isEqualTo(1);
        // Without the inbox the second copy would contradict the first and be dead-lettered.
        assertThat(kafka.readAll(DEAD_LETTERS, Duration.ofSeconds(3))).noneMatch(r -> unit.toString().equals(r.key()));
    }

    @Test
    void shouldParkPoisonEventsOnTheDeadLetterTopicAndApplyTheNextGoodOne() {
        UUID garbled = UUID.randomUUID();
        kafka.publish(TOPIC, garbled.toString(), "{not json at all", TestEvents.HEADERS);
        UUID incomplete = UUID.randomUUID();
        publish(TestEvents.cloudEvent(UUID.randomUUID().toString(), "/tochuc/org-service",
                "vn.tochuc.org.unit.created.v1", incomplete.toString(), Map.of("unitId", incomplete.toString())),
                incomplete);
        UUID good = UUID.randomUUID();
        publish(TestEvents.orgUnitCreated(UUID.randomUUID().toString(), good, "Chi bộ sau sự cố"), good);

        awaitView(good);
        List<ConsumerRecord<String, String>> parkedGarbled = deadLettersFor(garbled, Duration.ofSeconds(20));
        assertThat(parkedGarbled).hasSize(1);
        assertThat(KafkaTestTopics.header(parkedGarbled.get(0), DeadLetters.REASON)).contains("Not a CloudEvents");
        assertThat(KafkaTestTopics.header(parkedGarbled.get(0), DeadLetters.ORIGINAL_TOPIC)).isEqualTo(TOPIC);
        assertThat(parkedGarbled.get(0).value()).isEqualTo("{not json at all");
        List<ConsumerRecord<String, String>> parkedIncomplete = deadLettersFor(incomplete, Duration.ofSeconds(20));
        assertThat(parkedIncomplete).hasSize(1);
        assertThat(KafkaTestTopics.header(parkedIncomplete.get(0), DeadLetters.REASON)).contains("lacks");
        assertThat(OrgUnitView.count("id", incomplete)).isZero();
    }

    @Test
    void shouldParkAUnitMovedEventNotFromOrgServiceAndKeepTheTreeAsItWas() {
        UUID district = OrgEvents.created("Huyện ủy Tam Dương");
        UUID otherDistrict = OrgEvents.created("Thành ủy Vĩnh Yên");
        // Well formed in every respect but its source: another service (or anyone with write access) claims it.
        String forged = OrgEvents.moved(district, otherDistrict).replace("\"/tochuc/org-service\"",
                "\"/tochuc/task-service\"");
        publish(forged, district);
        UUID marker = OrgEvents.created("Chi bộ sau sự kiện giả");

        List<ConsumerRecord<String, String>> parked = deadLettersFor(district, Duration.ofSeconds(20));
        assertThat(parked).hasSize(1);
        assertThat(KafkaTestTopics.header(parked.get(0), DeadLetters.REASON))
                .contains("owned by org-service", "/tochuc/task-service");
        assertThat(awaitView(marker)).isNotNull();
        OrgUnitView view = QuarkusTransaction.requiringNew().call(() -> OrgUnitView.<OrgUnitView>findById(district));
        assertThat(view.parentId).as("not re-parented under the other district").isNull();
    }

    @Test
    void shouldParkAUnitDissolvedEventNotFromOrgServiceAndKeepTheUnitActive() {
        UUID cell = OrgEvents.created("Chi bộ không bị giải thể");
        String forged = OrgEvents.ceased("dissolved", cell, "2025-07-01", List.of())
                .replace("\"/tochuc/org-service\"", "\"/tochuc/intruder\"");
        publish(forged, cell);
        UUID marker = OrgEvents.created("Chi bộ đánh dấu sau giải thể giả");

        List<ConsumerRecord<String, String>> parked = deadLettersFor(cell, Duration.ofSeconds(20));
        assertThat(parked).hasSize(1);
        assertThat(KafkaTestTopics.header(parked.get(0), DeadLetters.REASON)).contains("not from its owner");
        assertThat(awaitView(marker)).isNotNull();
        OrgUnitView view = QuarkusTransaction.requiringNew().call(() -> OrgUnitView.<OrgUnitView>findById(cell));
        assertThat(view.status).isEqualTo("ACTIVE");
    }

    @Test
    void shouldReportItsEventConsumerInReadiness() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Event consumer' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Event consumer' }.data.group",
                        equalTo("cadre-service"));
    }

    private void publish(String event, UUID key) {
        kafka.publish(TOPIC, key.toString(), event, TestEvents.HEADERS);
    }

    private static OrgUnitView awaitView(UUID unit) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> QuarkusTransaction.requiringNew().call(() -> OrgUnitView.<OrgUnitView>findById(unit)),
                        view -> view != null);
    }

    private long inboxRows(String eventId) {
        return ((Number) em.createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue();
    }

    private List<ConsumerRecord<String, String>> deadLettersFor(UUID key, Duration wait) {
        List<ConsumerRecord<String, String>> read = kafka.readUntil(DEAD_LETTERS, r -> key.toString().equals(r.key()), wait);
        return read.stream().filter(r -> key.toString().equals(r.key())).toList();
    }
}
