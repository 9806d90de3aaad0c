package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.event.BrokerAccess;
import vn.tochuc.platform.testing.KafkaTestBroker;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.TestEvents;

/** The operator's replay of a consumer's dead letters, against a real broker in this JVM. */
class DeadLetterReplayTest {

    private final String bootstrap = KafkaTestBroker.shared().bootstrapServers();
    private final KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();
    /** A consumer name of its own per test, so its dead-letter topic and replay group start empty. */
    private final String consumer = "svc-" + UUID.randomUUID().toString().substring(0, 8);
    private final String originalTopic = "tochuc.test.original." + consumer;

    @Test
    void shouldListWhatWouldBeReplayedInADryRunAndSendNothing() {
        String id = park("vn.tochuc.org.unit.created.v1", "Failed 3 times: PSQLException: FATAL: database is not "
                + "currently accepting connections", 41);

        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        DeadLetterReplay.Result result = DeadLetterReplay.run(options("--dry-run"), new PrintStream(listing, true,
                StandardCharsets.UTF_8));

        assertThat(result.replayed()).extracting(DeadLetterReplay.Parked::eventId).containsExactly(id);
        assertThat(listing.toString(StandardCharsets.UTF_8)).contains(id, "vn.tochuc.org.unit.created.v1",
                originalTopic + "-0@41", "not currently accepting connections");
        assertThat(kafka.readAll(originalTopic, Duration.ofSeconds(2))).as("a dry run sends nothing").isEmpty();
        assertThat(DeadLetterReplay.run(options(), quiet()).replayed()).as("and marks nothing replayed").hasSize(1);
    }

    @Test
    void shouldSendParkedEventsBackToTheirTopicOnceWithTheirIdAndWithoutTheDeadLetterHeaders() {
        String first = park("vn.tochuc.org.unit.created.v1", "Failed 3 times: deadlock detected", 7);
        String second = park("vn.tochuc.org.unit.renamed.v1", "Failed 3 times: deadlock detected", 8);

        DeadLetterReplay.run(options(), quiet());
        DeadLetterReplay.Result again = DeadLetterReplay.run(options(), quiet());

        List<ConsumerRecord<String, String>> replayed = kafka.readAll(originalTopic, Duration.ofSeconds(3));
        assertThat(replayed).extracting(ConsumerRecord::value).satisfiesExactly(
                value -> assertThat(value).contains(first), value -> assertThat(value).contains(second));
        assertThat(replayed).allSatisfy(record -> {
            assertThat(KafkaTestTopics.header(record, "content-type")).startsWith("application/cloudevents+json");
            assertThat(KafkaTestTopics.header(record, DeadLetterReplay.REASON)).isNull();
            assertThat(KafkaTestTopics.header(record, DeadLetterReplay.REPLAYED_FROM)).startsWith(
                    "tochuc.dlt." + consumer + "-0@");
        });
        assertThat(again.replayed()).as("the second run finds nothing new").isEmpty();
    }

    @Test
    void shouldReplayOnlyWhatTheFilterSelectsAndLeaveTheRestForALaterRun() {
        String deadlock = park("vn.tochuc.org.unit.created.v1", "Failed 3 times: deadlock detected", 1);
        String unprocessable = park("vn.tochuc.org.unit.created.v1", "Unknown parent unit", 2);

        DeadLetterReplay.Result filtered = DeadLetterReplay.run(options("--reason", "DEADLOCK"), quiet());
        DeadLetterReplay.Result later = DeadLetterReplay.run(options(), quiet());

        assertThat(filtered.replayed()).extracting(DeadLetterReplay.Parked::eventId).containsExactly(deadlock);
        assertThat(filtered.leftOut()).extracting(DeadLetterReplay.Parked::eventId).containsExactly(unprocessable);
        assertThat(later.replayed()).extracting(DeadLetterReplay.Parked::eventId).containsExactly(unprocessable);
    }

    @Test
    void shouldRefuseARunWithoutAConsumer() {
        assertThatThrownBy(() -> DeadLetterReplay.Options.parse(List.of("--dry-run"), bootstrap, signIn()))
                .hasMessageContaining("--consumer is required");
        assertThatThrownBy(() -> DeadLetterReplay.Options.parse(List.of("--consumer", "x; rm"), bootstrap, signIn()))
                .hasMessageContaining("service name");
    }

    /** Parks an event as platform-core's DeadLetters does, as if it had come from offset {@code offset}. */
    private String park(String type, String reason, long offset) {
        String id = UUID.randomUUID().toString();
        String subject = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>(TestEvents.HEADERS);
        headers.put(DeadLetterReplay.REASON, reason);
        headers.put(DeadLetterReplay.ORIGINAL_TOPIC, originalTopic);
        headers.put(DeadLetterReplay.ORIGINAL_PARTITION, "0");
        headers.put(DeadLetterReplay.ORIGINAL_OFFSET, Long.toString(offset));
        headers.put("dlt-failed-by", consumer);
        kafka.publish("tochuc.dlt." + consumer, subject, TestEvents.cloudEvent(id, "/tochuc/org-service", type,
                subject, Map.of("unitId", subject)), headers);
        return id;
    }

    private static Map<String, Object> signIn() {
        return BrokerAccess.clientSignIn(BrokerAccess.ADMIN, KafkaTestBroker.PASSWORD);
    }

    private DeadLetterReplay.Options options(String... extra) {
        List<String> args = new ArrayList<>(List.of("--consumer", consumer));
        args.addAll(List.of(extra));
        return DeadLetterReplay.Options.parse(args, bootstrap, signIn());
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
