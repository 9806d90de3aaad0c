package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.platform.event.OutboxEvent;
import vn.tochuc.platform.testing.KafkaTestBroker;
import vn.tochuc.platform.testing.KafkaTestTopics;

/** The API keeps answering while Kafka is down; what it wrote waits in the outbox and is sent once it is back. */
@QuarkusTest
class OutboxDeliveryTest {

    @Test
    void shouldKeepEventsInTheOutboxWhileTheBrokerIsDownAndSendThemWhenItReturns() {
        KafkaTestBroker broker = KafkaTestBroker.shared();
        List<String> ids = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(OrgUnits.create("Chi bộ khi mất kết nối " + i));
            }
            await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(gauge("tochuc_outbox_backlog")).as("outbox backlog metric").isGreaterThanOrEqualTo(3));
            // the relay's lag: how long the first event waiting has waited
            await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(gauge("tochuc_outbox_oldest_unsent_age_seconds")).as("age of the first unsent event")
                            .isGreaterThanOrEqualTo(1));
            assertThat(OutboxEvent.count("sentAt is null")).isGreaterThanOrEqualTo(3);
        } finally {
            broker.start();
        }

        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> OutboxEvent.count("sentAt is null") == 0);
        Set<String> delivered = new HashSet<>();
        KafkaTestTopics.ofSharedBroker().readUntil(OrgUnitEvents.TOPIC, r -> {
            if (ids.contains(r.key())) {
                delivered.add(r.key());
            }
            return delivered.size() == ids.size();
        }, Duration.ofSeconds(20));
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(ids);
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> gauge("tochuc_outbox_backlog") == 0
                && gauge("tochuc_outbox_oldest_unsent_age_seconds") == 0);
    }

    private static double gauge(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
