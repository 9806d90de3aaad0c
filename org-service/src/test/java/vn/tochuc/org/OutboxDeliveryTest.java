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
                    assertThat(backlogGauge()).as("outbox backlog metric").isGreaterThanOrEqualTo(3));
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
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() -> backlogGauge() == 0);
    }

    private static double backlogGauge() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("tochuc_outbox_backlog"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
