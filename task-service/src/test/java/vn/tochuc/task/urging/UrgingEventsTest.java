package vn.tochuc.task.urging;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.task.urging.UrgingFixture.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.EventCatalog;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;

/** Reminders, urgings and escalations reach tochuc.task.reminder through the outbox, as the catalog describes them. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class UrgingEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate ASSIGNED_ON = LocalDate.of(2025, 8, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);

    @Inject
    ReminderScan scan;

    @Inject
    UrgingFixture tasks;

    @AfterEach
    void tearDown() {
        tasks.backToNow();
    }

    @Test
    void shouldPublishEveryKindOfReminderUrgingAndEscalationAsTheCatalogDescribesIt() throws Exception {
        UrgingFixture.Tree tree = tasks.tree("Huyện ủy Sông Lô", "Đảng ủy xã Nhạo Sơn", "Huyện ủy Lập Thạch");
        UUID province = tree.province();
        UUID district = tree.district();
        UUID commune = tree.commune();
        String dueSoon = tasks.assigned(district, commune, ASSIGNED_ON, TODAY.plusDays(3));
        String dueToday = tasks.assigned(district, commune, ASSIGNED_ON, TODAY);
        String overdue = tasks.assigned(district, commune, ASSIGNED_ON, TODAY.minusDays(2));
        scan.runOnce(TODAY);
        tasks.on(TODAY);
        Map<String, Object> notice = new HashMap<>(UrgingFixture.notice(district, List.of(overdue)));
        notice.put("responseDeadline", TODAY.plusDays(5).toString());
        as(null).body(notice).post(UrgingFixture.NOTICES).then().statusCode(201);
        as(null).body(notice).post(UrgingFixture.NOTICES).then().statusCode(201);

        Set<String> keys = Set.of(dueSoon, dueToday, overdue);
        List<ConsumerRecord<String, String>> sent = KafkaTestTopics.ofSharedBroker().readUntil(UrgingEvents.TOPIC,
                r -> overdue.equals(r.key()) && r.value().contains(UrgingEvents.ESCALATED), Duration.ofSeconds(60));
        Map<String, JsonNode> byType = new HashMap<>();
        for (ConsumerRecord<String, String> r : sent) {
            if (keys.contains(r.key())) {
                JsonNode event = JSON.readTree(r.value());
                byType.put(event.path("type").asText(), event);
            }
        }

        assertThat(byType.keySet()).containsExactlyInAnyOrder(UrgingEvents.DUE_SOON, UrgingEvents.DUE_TODAY,
                UrgingEvents.OVERDUE, UrgingEvents.URGED, UrgingEvents.ESCALATED);
        byType.values().forEach(EventCatalog::assertDescribes);
        assertThat(byType.get(UrgingEvents.DUE_SOON).at("/data/daysLeft").asInt()).isEqualTo(3);
        assertThat(byType.get(UrgingEvents.OVERDUE).at("/data/daysOverdue").asInt()).isEqualTo(2);
        assertThat(byType.get(UrgingEvents.ESCALATED).at("/data/addressedUnitId").asText())
                .isEqualTo(province.toString());
        assertThat(byType.get(UrgingEvents.URGED).at("/data/responseDeadline").asText())
                .isEqualTo(TODAY.plusDays(5).toString());
    }
}
