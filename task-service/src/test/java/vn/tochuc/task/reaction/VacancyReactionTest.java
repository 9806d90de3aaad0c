package vn.tochuc.task.reaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static vn.tochuc.task.reaction.CadreFeed.appointmentEnded;
import static vn.tochuc.task.reaction.CadreFeed.appointmentStarted;
import static vn.tochuc.task.reaction.CadreFeed.assertNotParked;
import static vn.tochuc.task.reaction.CadreFeed.awaitApplied;
import static vn.tochuc.task.reaction.CadreFeed.awaitTask;
import static vn.tochuc.task.reaction.CadreFeed.publish;
import static vn.tochuc.task.reaction.CadreFeed.tasksOf;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.reaction.CadreFeed.Event;

/** A seat left without its holder in cadre-service gives the managing unit a task, closed when it is filled again. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class VacancyReactionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final UUID person = UUID.randomUUID();
    private final UUID position = UUID.randomUUID();

    @Test
    void shouldGiveTheUnitAVacancyTaskWhenAnAppointmentEnds() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Đạo Tú");

        publish(appointmentEnded(UUID.randomUUID(), person, position, unit, TODAY.minusDays(1), "RETIRED"));

        Map<String, Object> task = awaitTask(unit, "vacancy:" + position, t -> true);
        assertThat(task).containsEntry("title", "Kiện toàn chức danh còn thiếu").containsEntry("status", "ASSIGNED")
                .containsEntry("kind", "AD_HOC").containsEntry("assigningUnitId", unit.toString())
                .containsEntry("deadline", TODAY.plusDays(89).toString())
                .containsEntry("assignedOn", TODAY.toString());
        assertThat((String) task.get("description")).contains(position.toString(), "RETIRED", "12-QĐ/TU");
        given().get("/api/v1/tasks/" + task.get("id") + "/audit").then().statusCode(200)
                .body("items.actor", hasItem("system:task-service"));
    }

    @Test
    void shouldCloseTheVacancyTaskWhenTheSeatIsFilledAgain() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Hợp Châu");
        publish(appointmentEnded(UUID.randomUUID(), person, position, unit, TODAY.minusDays(10), "RELIEVED"));
        awaitTask(unit, "vacancy:" + position, t -> "ASSIGNED".equals(t.get("status")));

        publish(appointmentStarted(UUID.randomUUID(), UUID.randomUUID(), position, unit, "APPOINTED", TODAY));

        Map<String, Object> task = awaitTask(unit, "vacancy:" + position, t -> "COMPLETED".equals(t.get("status")));
        assertThat(task).containsEntry("completedOn", TODAY.toString())
                .containsEntry("timeliness", "COMPLETED_ON_TIME");
    }

    @Test
    void shouldNotCreateASecondTaskForARedeliveredEvent() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Yên Dương");
        Event ended = appointmentEnded(UUID.randomUUID(), person, position, unit, TODAY, "TERM_ENDED");

        publish(ended);
        publish(ended);
        Event marker = publish(appointmentEnded(UUID.randomUUID(), person, UUID.randomUUID(), unit, TODAY,
                "TERM_ENDED"));
        awaitApplied(marker);

        assertThat(tasksOf(unit)).extracting(t -> t.get("systemKey")).containsOnlyOnce("vacancy:" + position);
        assertNotParked(ended);
    }

    @Test
    void shouldKeepOneOpenVacancyTaskPerPosition() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Bồ Lý");
        publish(appointmentEnded(UUID.randomUUID(), person, position, unit, TODAY, "RETIRED"));
        Event second = publish(appointmentEnded(UUID.randomUUID(), UUID.randomUUID(), position, unit, TODAY,
                "ROTATED_OUT"));
        awaitApplied(second);

        assertThat(tasksOf(unit)).extracting(t -> t.get("systemKey")).containsExactly("vacancy:" + position);
    }

    @Test
    void shouldNotGiveAVacancyTaskForASeatFilledAgainBeforeTheEndWasRead() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Đại Đình");
        awaitApplied(publish(appointmentStarted(UUID.randomUUID(), UUID.randomUUID(), position, unit, "APPOINTED",
                TODAY)));

        Event ended = publish(appointmentEnded(UUID.randomUUID(), person, position, unit, TODAY, "RETIRED"));
        awaitApplied(ended);

        assertThat(tasksOf(unit)).isEmpty();
    }

    @Test
    void shouldCloseNothingWhenAPositionWithoutAVacancyTaskIsFilled() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Tam Quan");

        Event started = publish(appointmentStarted(UUID.randomUUID(), person, position, unit, "ELECTED", TODAY));
        awaitApplied(started);

        assertThat(tasksOf(unit)).isEmpty();
        assertNotParked(started);
    }

    @Test
    void shouldMakeAVacancyTaskDueTodayWhenItsDeadlineHasAlreadyPassed() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Hoàng Hoa");

        publish(appointmentEnded(UUID.randomUUID(), person, position, unit, TODAY.minusYears(1), "DECEASED"));

        assertThat(awaitTask(unit, "vacancy:" + position, t -> true)).containsEntry("deadline", TODAY.toString());
    }

    @Test
    void shouldGiveTheSuccessorTheVacancyTaskWhenTheUnitCeased() {
        UUID parent = OrgUnits.unit(null, "Đảng bộ tỉnh", "PROVINCIAL_PARTY_COMMITTEE");
        UUID ceased = OrgUnits.unit(parent, "Đảng bộ xã Hợp Hòa");
        UUID successor = OrgUnits.unit(parent, "Đảng bộ xã Hợp Hòa mới");
        Event merged = publish(CadreFeed.unitCeased("merged", ceased, parent, List.of(successor)));
        awaitApplied(merged);

        Event ended = publish(appointmentEnded(UUID.randomUUID(), person, position, ceased, TODAY,
                "UNIT_RESTRUCTURED"));

        Map<String, Object> task = awaitTask(successor, "vacancy:" + position, t -> true);
        assertThat((String) task.get("description")).contains(ceased.toString());
        assertThat(tasksOf(ceased)).isEmpty();
        assertNotParked(merged, ended);
    }

    @Test
    void shouldGiveTheParentTheVacancyTaskWhenTheCeasedUnitHasNoKnownSuccessor() {
        UUID parent = OrgUnits.unit(null, "Đảng bộ tỉnh", "PROVINCIAL_PARTY_COMMITTEE");
        UUID ceased = OrgUnits.unit(parent, "Đảng bộ xã Kim Long");

        publish(appointmentEnded(UUID.randomUUID(), person, position, ceased, TODAY, "UNIT_RESTRUCTURED"));

        awaitTask(parent, "vacancy:" + position, t -> true);
    }

    @Test
    void shouldGiveTheParentTheVacancyTaskWhenTheUnitWasSplit() {
        UUID parent = OrgUnits.unit(null, "Đảng bộ tỉnh", "PROVINCIAL_PARTY_COMMITTEE");
        UUID ceased = OrgUnits.unit(parent, "Đảng bộ Khối cơ quan");
        List<UUID> parts = List.of(OrgUnits.unit(parent, "Đảng bộ Khối A"), OrgUnits.unit(parent, "Đảng bộ Khối B"));
        awaitApplied(publish(CadreFeed.unitCeased("split", ceased, parent, parts)));

        publish(appointmentEnded(UUID.randomUUID(), person, position, ceased, TODAY, "UNIT_RESTRUCTURED"));

        awaitTask(parent, "vacancy:" + position, t -> true);
    }
}
