package vn.tochuc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.platform.testing.TestEvents;

/** task-service keeps its own org tree (for assigning tasks down the hierarchy) from org-service's events. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class OrgUnitEventsTest {

    @Test
    void shouldAddAUnitCreatedOnOrgServiceToItsReadModelOnce() {
        UUID unit = UUID.randomUUID();
        String event = TestEvents.orgUnitCreated(UUID.randomUUID().toString(), unit, "Huyện ủy Tam Dương");
        KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();
        kafka.publish("tochuc.org.unit", unit.toString(), event, TestEvents.HEADERS);
        kafka.publish("tochuc.org.unit", unit.toString(), event, TestEvents.HEADERS);

        OrgUnitView view = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> QuarkusTransaction.requiringNew().call(() -> OrgUnitView.<OrgUnitView>findById(unit)),
                        found -> found != null);
        assertThat(view.name).isEqualTo("Huyện ủy Tam Dương");
        assertThat(kafka.readAll("tochuc.dlt.task-service", Duration.ofSeconds(2)))
                .as("the redelivered copy is skipped, not dead-lettered").isEmpty();
    }
}
