package vn.tochuc.task.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.task.task.Tasks.PATH;
import static vn.tochuc.task.task.Tasks.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.EventCatalog;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;

/** Every change of a task reaches tochuc.task.task through the outbox, as the event catalog describes it. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void shouldPublishEveryKindOfTaskChangeAsTheCatalogDescribesIt() throws Exception {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Hà Giang", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Huyện ủy Bắc Quang", "DISTRICT_PARTY_COMMITTEE");
        String officer = Tokens.unitOfficer("to-chuc@bacquang", district);
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(6));
        Tasks.assignTo(null, root, List.of(district), TODAY.plusMonths(2)).then().statusCode(201);
        String task = Tasks.childOf(root, district);
        Tasks.report(officer, task, 40, "Đã xây dựng kế hoạch").then().statusCode(201);
        String extension = as(officer).header("If-Match", Tasks.etag(Tasks.version(officer, task)))
                .body(Map.of("newDeadline", TODAY.plusMonths(3).toString(), "reason", "Chờ hướng dẫn"))
                .post(PATH + "/" + task + "/extensions").then().statusCode(201).extract().path("id");
        as(null).header("If-Match", Tasks.etag(Tasks.version(null, task)))
                .body(Map.of("decision", "APPROVE", "note", "Đồng ý")).post(PATH + "/" + task + "/extensions/"
                        + extension + "/decision").then().statusCode(200);
        String refused = as(officer).header("If-Match", Tasks.etag(Tasks.version(officer, task)))
                .body(Map.of("newDeadline", TODAY.plusMonths(4).toString(), "reason", "Chờ sáp nhập"))
                .post(PATH + "/" + task + "/extensions").then().statusCode(201).extract().path("id");
        as(null).header("If-Match", Tasks.etag(Tasks.version(null, task)))
                .body(Map.of("decision", "REFUSE")).post(PATH + "/" + task + "/extensions/" + refused + "/decision")
                .then().statusCode(200);
        Tasks.step(officer, task, "SUBMIT", null).then().statusCode(200);
        Tasks.step(null, task, "RETURN", "Thiếu số liệu").then().statusCode(200);
        Tasks.step(officer, task, "SUBMIT", null).then().statusCode(200);
        Tasks.step(null, task, "ACCEPT", null).then().statusCode(200);
        Map<String, Object> grade = new HashMap<>(Map.of("period", "2025", "grade", "MET"));
        as(null).header("If-Match", Tasks.etag(Tasks.version(null, task))).body(grade)
                .post(PATH + "/" + task + "/outcomes").then().statusCode(201);
        Tasks.step(null, root, "HOLD", "Chờ sắp xếp tổ chức bộ máy").then().statusCode(200);

        Set<String> keys = Set.of(root, task);
        List<ConsumerRecord<String, String>> sent = KafkaTestTopics.ofSharedBroker().readUntil(TaskEvents.TOPIC,
                r -> root.equals(r.key()) && r.value().contains(TaskEvents.STATUS_CHANGED), Duration.ofSeconds(60));
        Map<String, JsonNode> byType = new HashMap<>();
        for (ConsumerRecord<String, String> r : sent) {
            if (keys.contains(r.key())) {
                JsonNode event = JSON.readTree(r.value());
                byType.put(event.path("type").asText(), event);
            }
        }
        assertThat(byType.keySet()).containsExactlyInAnyOrder(TaskEvents.CREATED, TaskEvents.ASSIGNED,
                TaskEvents.PROGRESS_REPORTED, TaskEvents.EXTENSION_REQUESTED, TaskEvents.EXTENDED,
                TaskEvents.EXTENSION_REFUSED, TaskEvents.SUBMITTED, TaskEvents.RETURNED, TaskEvents.ACCEPTED,
                TaskEvents.OUTCOME_GRADED, TaskEvents.STATUS_CHANGED);
        byType.values().forEach(EventCatalog::assertDescribes);
        assertThat(byType.get(TaskEvents.EXTENDED).at("/data/requestedDeadline").asText())
                .isEqualTo(TODAY.plusMonths(3).toString());
        assertThat(byType.get(TaskEvents.ACCEPTED).at("/data/completedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(byType.get(TaskEvents.STATUS_CHANGED).at("/data/reason").asText())
                .isEqualTo("Chờ sắp xếp tổ chức bộ máy");
    }
}
