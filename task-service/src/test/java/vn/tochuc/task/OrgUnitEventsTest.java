package vn.tochuc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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

    @Test
    void shouldFollowARenameAndAMergerOfAUnitItKnows() {
        UUID unit = UUID.randomUUID();
        UUID successor = UUID.randomUUID();
        KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();
        kafka.publish("tochuc.org.unit", unit.toString(),
                TestEvents.orgUnitCreated(UUID.randomUUID().toString(), unit, "Huyện ủy Sông Lô"), TestEvents.HEADERS);
        kafka.publish("tochuc.org.unit", unit.toString(), change("renamed", unit, "Đảng ủy Sông Lô", "ACTIVE", null),
                TestEvents.HEADERS);
        awaitView(unit, view -> "Đảng ủy Sông Lô".equals(view.name));

        kafka.publish("tochuc.org.unit", unit.toString(), change("merged", unit, "Đảng ủy Sông Lô", "CEASED", successor),
                TestEvents.HEADERS);
        OrgUnitView ceased = awaitView(unit, view -> "CEASED".equals(view.status));
        assertThat(ceased.name).isEqualTo("Đảng ủy Sông Lô");
    }

    private static String change(String verb, UUID unit, String name, String status, UUID successor) {
        Map<String, Object> state = new HashMap<>();
        state.put("name", name);
        state.put("kind", "DISTRICT_PARTY_COMMITTEE");
        state.put("status", status);
        return TestEvents.cloudEvent(UUID.randomUUID().toString(), "/tochuc/org-service",
                "vn.tochuc.org.unit." + verb + ".v1", unit.toString(), Map.of("unitId", unit.toString(),
                        "code", "HU-SL", "effectiveDate", "2025-07-01", "current", state,
                        "successorIds", successor == null ? List.of() : List.of(successor.toString())));
    }

    private static OrgUnitView awaitView(UUID unit, Predicate<OrgUnitView> condition) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> QuarkusTransaction.requiringNew().call(() -> OrgUnitView.<OrgUnitView>findById(unit)),
                        view -> view != null && condition.test(view));
    }
}
