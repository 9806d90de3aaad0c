package vn.tochuc.task.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.tochuc.task.task.Tasks.PATH;
import static vn.tochuc.task.task.Tasks.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.EventCatalog;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;

/** A ceased unit's open tasks pass to its successor; the old unit's devices are told to drop them. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskHandOverTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TaskService tasks;

    @Test
    void shouldPassAnOpenTaskToTheSuccessorAndTombstoneItForTheCeasedUnit() throws Exception {
        UUID district = OrgUnits.unit(null, "Huyện ủy Mê Linh", "DISTRICT_PARTY_COMMITTEE");
        UUID ceased = OrgUnits.unit(district, "Đảng ủy xã Tráng Việt");
        UUID successor = OrgUnits.unit(district, "Đảng ủy xã Tiến Thắng");
        String root = Tasks.assignedRoot(district, TODAY.plusMonths(3));
        Tasks.assignTo(null, root, List.of(ceased), null).then().statusCode(201);
        String task = Tasks.childOf(root, ceased);
        String oldOfficer = Tokens.unitOfficer("to-chuc@trangviet", ceased);
        String sync = as(oldOfficer).queryParam("since", "1970-01-01T00:00:00Z").get(PATH + "/changes").then()
                .statusCode(200).extract().path("syncToken");

        assertThat(tasks.handOverOpenTasks(ceased, successor, TODAY, "Sáp nhập xã")).extracting(t -> t.id.toString())
                .containsExactly(task);

        as(oldOfficer).get(PATH + "/" + task).then().statusCode(404);
        as(Tokens.unitOfficer("to-chuc@tienthang", successor)).get(PATH + "/" + task).then().statusCode(200)
                .body("leadUnitId", equalTo(successor.toString()));
        JsonPath feed = as(oldOfficer).queryParam("since", sync).get(PATH + "/changes").then().statusCode(200)
                .extract().jsonPath();
        assertThat(feed.getString("items[-1].id")).isEqualTo(task);
        assertThat(feed.getString("items[-1].change")).isEqualTo("REMOVED");
        var sent = KafkaTestTopics.ofSharedBroker().readUntil(TaskEvents.TOPIC,
                r -> task.equals(r.key()) && r.value().contains(TaskEvents.HANDED_OVER), Duration.ofSeconds(30));
        JsonNode event = JSON.readTree(sent.get(sent.size() - 1).value());
        assertThat(event.at("/data/fromUnitId").asText()).isEqualTo(ceased.toString());
        EventCatalog.assertDescribes(event);
    }

    @Test
    void shouldCancelTheCeasedUnitsTaskWhenTheSuccessorWasGivenItToo() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Sóc Sơn", "DISTRICT_PARTY_COMMITTEE");
        UUID ceased = OrgUnits.unit(district, "Đảng ủy xã Phù Lỗ");
        UUID successor = OrgUnits.unit(district, "Đảng ủy xã Phù Linh");
        String root = Tasks.assignedRoot(district, TODAY.plusMonths(3));
        Tasks.assignTo(null, root, List.of(ceased, successor), null).then().statusCode(201);
        String ceasedTask = Tasks.childOf(root, ceased);
        String successorTask = Tasks.childOf(root, successor);

        assertThat(tasks.handOverOpenTasks(ceased, successor, TODAY, "Sáp nhập xã")).isEmpty();

        as(null).get(PATH + "/" + ceasedTask).then().body("status", equalTo("CANCELLED"))
                .body("leadUnitId", equalTo(ceased.toString()));
        as(null).get(PATH + "/" + successorTask).then().body("status", equalTo("ASSIGNED"));
    }

    @Test
    void shouldKeepWhatTheCancelledCopyGaveFurtherDownUnderTheSuccessorsCopy() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Đông Anh", "DISTRICT_PARTY_COMMITTEE");
        UUID ceased = OrgUnits.unit(district, "Đảng ủy xã Uy Nỗ");
        UUID successor = OrgUnits.unit(district, "Đảng ủy xã Đông Anh");
        UUID cell = OrgUnits.unit(ceased, "Chi bộ thôn Cổ Dương", "GRASSROOTS_PARTY_CELL");
        String root = Tasks.assignedRoot(district, TODAY.plusMonths(3));
        Tasks.assignTo(null, root, List.of(ceased, successor), null).then().statusCode(201);
        String ceasedTask = Tasks.childOf(root, ceased);
        String successorTask = Tasks.childOf(root, successor);
        Tasks.assignTo(null, ceasedTask, List.of(cell), null).then().statusCode(201);
        String cellTask = Tasks.childOf(ceasedTask, cell);

        tasks.handOverOpenTasks(ceased, successor, TODAY, "Sáp nhập xã");

        as(null).get(PATH + "/" + ceasedTask).then().body("status", equalTo("CANCELLED"));
        as(null).get(PATH + "/" + cellTask).then().statusCode(200).body("status", equalTo("ASSIGNED"))
                .body("parentId", equalTo(successorTask)).body("assigningUnitId", equalTo(successor.toString()));
    }
}
