package vn.tochuc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.event.EventConsumer;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.Outbox;
import vn.tochuc.platform.event.OutboxEvent;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.platform.testing.TestEvents;

/**
 * A service that reaches Kafka before the broker's administrator has created its ACLs (the suite starts both at
 * once) loses nothing: its outbox rows wait instead of being counted as refused and parked (3 refusals park a row
 * in tests), its consumer keeps trying instead of giving up, and both go on by themselves once the ACLs exist.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
@QuarkusTestResource(value = WithheldAcls.class, restrictToAnnotatedClass = true)
class BrokerSetUpLateTest {

    /** More refusals than the 3 that park a row in tests (tochuc.outbox.max-attempts). */
    private static final int ATTEMPTS_REFUSED = 4;

    @Inject
    Outbox outbox;

    @Inject
    EventConsumer consumer;

    @Test
    void shouldSendAndConsumeOnceTheBrokerGrantsTheServiceItsAclsWithoutParkingAnything() {
        List<LogRecord> consumerErrors = new CopyOnWriteArrayList<>();
        Handler errors = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    consumerErrors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger consumerLog = Logger.getLogger(EventConsumer.class.getName());
        consumerLog.addHandler(errors);
        try {
            sendAndConsumeOnceGranted(consumerErrors);
        } finally {
            consumerLog.removeHandler(errors);
        }
    }

    private void sendAndConsumeOnceGranted(List<LogRecord> consumerErrors) {
        String topic = "tochuc.test.late." + UUID.randomUUID();
        EventEnvelope event = QuarkusTransaction.requiringNew().call(() -> outbox.publish(topic,
                UUID.randomUUID().toString(), "vn.tochuc.test.late.v1", Map.of("n", 1)));
        UUID eventId = UUID.fromString(event.id());
        UUID unit = UUID.randomUUID();
        KafkaTestTopics.ofSharedBroker().publish("tochuc.org.unit", unit.toString(),
                TestEvents.orgUnitCreated(UUID.randomUUID().toString(), unit, "Đảng ủy xã Hợp Lý"),
                TestEvents.HEADERS);

        // refused all along: the broker has no ACL of task-service's
        OutboxEvent waiting = await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> row(eventId), row -> row.attempts >= ATTEMPTS_REFUSED);
        assertThat(waiting.sentAt).isNull();
        assertThat(waiting.parkedAt).as("a refusal while the broker is being set up is not the row's").isNull();
        assertThat(waiting.refusals).isZero();
        assertThat(view(unit)).as("nothing could be consumed without the group's ACL").isNull();
        assertThat(consumer.isRunning()).as("the consumer keeps trying").isTrue();
        assertThat(consumerErrors).extracting(LogRecord::getMessage)
                .as("a consumer refused while the broker is being set up waits quietly, it does not fail").isEmpty();

        WithheldAcls.grant();

        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> row(eventId).sentAt != null);
        assertThat(row(eventId).parkedAt).isNull();
        assertThat(KafkaTestTopics.ofSharedBroker().readAll(topic, Duration.ofSeconds(3))).hasSize(1);
        OrgUnitView consumed = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> view(unit), found -> found != null);
        assertThat(consumed.name).isEqualTo("Đảng ủy xã Hợp Lý");
    }

    private static OutboxEvent row(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("eventId", eventId).firstResult());
    }

    private static OrgUnitView view(UUID unit) {
        return QuarkusTransaction.requiringNew().call(() -> OrgUnitView.<OrgUnitView>findById(unit));
    }
}
