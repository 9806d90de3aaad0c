package vn.tochuc.task;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.event.OutboxEvent;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.platform.testing.TestTokens;

/**
 * An outbox row Kafka keeps refusing is parked with its reason after tochuc.outbox.max-attempts (3 in tests) and
 * does not stop the rows behind it; the later rows of its key wait until it is parked. Any service's outbox works
 * so; task-service's is the one with the fewest events of its own.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class OutboxParkingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVALID_TOPIC = "tochuc.test parking: not a topic name";

    @Inject
    Outbox outbox;

    @Test
    void shouldParkRowsKafkaRefusesAndSendTheRestOnceEachWithoutOvertaking() {
        String topic = "tochuc.test.parking." + UUID.randomUUID();
        String oversizedKey = UUID.randomUUID().toString();
        String misdirectedKey = UUID.randomUUID().toString();
        String otherKey = UUID.randomUUID().toString();
        List<EventEnvelope> events = QuarkusTransaction.requiringNew().call(() -> List.of(
                // larger than the producer's max.request.size (1 MB): Kafka can never take it
                outbox.publish(topic, oversizedKey, "vn.tochuc.test.oversized.v1", Map.of("text", "x".repeat(1_100_000))),
                outbox.publish(topic, oversizedKey, "vn.tochuc.test.after-oversized.v1", Map.of("n", 1)),
                outbox.publish(INVALID_TOPIC, misdirectedKey, "vn.tochuc.test.misdirected.v1", Map.of("n", 2)),
                outbox.publish(topic, misdirectedKey, "vn.tochuc.test.after-misdirected.v1", Map.of("n", 3)),
                outbox.publish(topic, otherKey, "vn.tochuc.test.other.v1", Map.of("n", 4))));
        UUID oversized = UUID.fromString(events.get(0).id());
        UUID misdirected = UUID.fromString(events.get(2).id());

        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> row(oversized).parkedAt != null && row(misdirected).parkedAt != null
                        && events.stream().skip(1).filter(e -> e != events.get(2))
                        .allMatch(e -> row(UUID.fromString(e.id())).sentAt != null));

        assertThat(row(oversized).lastError).contains("RecordTooLargeException");
        assertThat(row(misdirected).lastError).contains("InvalidTopicException");
        assertThat(row(oversized).sentAt).isNull();
        assertThat(row(UUID.fromString(events.get(1).id())).sentAt)
                .as("the later event of the key waited until the refused one was parked")
                .isAfterOrEqualTo(row(oversized).parkedAt);
        assertThat(row(UUID.fromString(events.get(3).id())).sentAt).isAfterOrEqualTo(row(misdirected).parkedAt);

        List<String> sentIds = KafkaTestTopics.ofSharedBroker().readAll(topic, Duration.ofSeconds(3)).stream()
                .map(ConsumerRecord::value).map(OutboxParkingTest::eventId).toList();
        assertThat(sentIds).as("every deliverable event sent exactly once, none parked")
                .containsExactlyInAnyOrder(events.get(1).id(), events.get(3).id(), events.get(4).id());
    }

    @Test
    void shouldParkARowForATopicTheServiceMayNotWriteOnceTheBrokerHasTakenOneOfItsSends() {
        // The first acknowledged send ends the start-up grace (StartupGrace): from then on the broker has its ACLs,
        // and a refusal is the row's.
        String key = UUID.randomUUID().toString();
        EventEnvelope delivered = QuarkusTransaction.requiringNew().call(() -> outbox.publish(
                "tochuc.test.parking." + UUID.randomUUID(), key, "vn.tochuc.test.delivered.v1", Map.of("n", 6)));
        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> row(UUID.fromString(delivered.id())).sentAt != null);

        // org-service's topic: task-service reads it, so the broker describes it, but refuses the write
        EventEnvelope forbidden = QuarkusTransaction.requiringNew().call(() -> outbox.publish(
                "tochuc.org.unit", key, "vn.tochuc.org.unit.created.v1", Map.of("n", 7)));
        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> row(UUID.fromString(forbidden.id())).parkedAt != null);

        assertThat(row(UUID.fromString(forbidden.id())).lastError).contains("TopicAuthorizationException");
        assertThat(row(UUID.fromString(forbidden.id())).refusals).isEqualTo(3);
    }

    @Test
    void shouldListParkedEventsWithTheirReasonToAdministratorsOnly() {
        String key = UUID.randomUUID().toString();
        EventEnvelope refused = QuarkusTransaction.requiringNew().call(() ->
                outbox.publish(INVALID_TOPIC, key, "vn.tochuc.test.listed.v1", Map.of("n", 5)));
        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> row(UUID.fromString(refused.id())).parkedAt != null);

        given().header("Authorization", TestTokens.bearer(TestTokens.token("ops@tochuc", List.of(), "administrator")))
                .when().get("/api/v1/admin/outbox/parked?limit=200")
                .then().statusCode(200)
                .body("items.eventId", hasItems(refused.id()))
                .body("items.find { it.eventId == '" + refused.id() + "' }.lastError",
                        containsString("InvalidTopicException"));
        given().header("Authorization", TestTokens.bearer(TestTokens.boardOfficer()))
                .when().get("/api/v1/admin/outbox/parked")
                .then().statusCode(403).contentType("application/problem+json");
        // Every other call of this module signs in as a Board officer (DefaultCaller), so the unsigned caller sends
        // a token that is no token.
        given().header("Authorization", "Bearer not.a.token").when().get("/api/v1/admin/outbox/parked")
                .then().statusCode(401);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", not(hasKey("/api/v1/admin/outbox/parked"))); // the gateway could not route it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(given().when().get("/q/metrics")
                .then().statusCode(200).extract().asString()).containsPattern("tochuc_outbox_parked(\\{[^}]*\\})? [1-9]"));
    }

    private static OutboxEvent row(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("eventId", eventId).firstResult());
    }

    private static String eventId(String cloudEvent) {
        try {
            return JSON.readTree(cloudEvent).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
