package vn.tochuc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.event.OutboxEvent;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;

/**
 * The relay marks a whole batch sent at once (OutboxRelay, one statement per batch): every row of a transaction larger
 * than a batch is sent once, in order per key, and each row records one attempt and its send time.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class OutboxBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** More than one relay batch (tochuc.outbox.batch-size, 200 by default). */
    private static final int EVENTS = 450;
    /** A key has one row in flight at a time: a wave per row of the busiest key. */
    private static final int KEYS = 15;

    @Inject
    Outbox outbox;

    @Test
    void shouldMarkEveryRowOfBatchesLargerThanOneSentOnceWithOneAttempt() {
        String topic = "tochuc.test.batch." + UUID.randomUUID();
        List<String> keys = IntStream.range(0, KEYS).mapToObj(k -> UUID.randomUUID().toString()).toList();
        List<EventEnvelope> events = QuarkusTransaction.requiringNew().call(() -> IntStream.range(0, EVENTS)
                .mapToObj(n -> outbox.publish(topic, keys.get(n % KEYS), "vn.tochuc.test.batched.v1", Map.of("n", n)))
                .toList());
        List<UUID> ids = events.stream().map(e -> UUID.fromString(e.id())).toList();

        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> unsent(ids) == 0);

        List<OutboxEvent> rows = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("eventId in ?1 order by seq", ids));
        assertThat(rows).hasSize(EVENTS).allSatisfy(row -> {
            assertThat(row.attempts).as("attempts of %s", row.eventId).isEqualTo(1);
            assertThat(row.sentAt).isAfterOrEqualTo(row.createdAt);
            assertThat(row.lastError).isNull();
        });
        List<ConsumerRecord<String, String>> sent = KafkaTestTopics.ofSharedBroker().readAll(topic, Duration.ofSeconds(3));
        assertThat(sent).as("each event once").hasSize(EVENTS);
        for (String key : keys) {
            assertThat(sent.stream().filter(r -> r.key().equals(key)).map(r -> eventId(r.value())).toList())
                    .as("the events of key %s in the order they were written", key)
                    .containsExactlyElementsOf(events.stream().filter(e -> ids.indexOf(UUID.fromString(e.id())) % KEYS
                            == keys.indexOf(key)).map(EventEnvelope::id).toList());
        }
    }

    private static long unsent(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventId in ?1 and sentAt is null", ids));
    }

    private static String eventId(String cloudEvent) {
        try {
            return JSON.readTree(cloudEvent).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
