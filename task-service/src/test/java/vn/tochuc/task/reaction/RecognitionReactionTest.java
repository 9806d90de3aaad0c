package vn.tochuc.task.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.task.reaction.CadreFeed.assertNotParked;
import static vn.tochuc.task.reaction.CadreFeed.awaitApplied;
import static vn.tochuc.task.reaction.CadreFeed.awaitTask;
import static vn.tochuc.task.reaction.CadreFeed.member;
import static vn.tochuc.task.reaction.CadreFeed.publish;
import static vn.tochuc.task.reaction.CadreFeed.tasksOf;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.reaction.CadreFeed.Event;

/** A probationary member gives the cell the task of considering full membership, closed by the recognition. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class RecognitionReactionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final UUID membership = UUID.randomUUID();

    @Test
    void shouldGiveTheCellARecognitionTaskDueWhenFullMembershipIsDue() {
        UUID cell = OrgUnits.unit(null, "Chi bộ thôn Đông", "GRASSROOTS_PARTY_CELL");

        publish(member("admitted", membership, cell, TODAY.minusMonths(11), TODAY.plusMonths(1)));

        Map<String, Object> task = awaitTask(cell, "recognition:" + membership, t -> true);
        assertThat(task).containsEntry("title", "Xét công nhận đảng viên chính thức")
                .containsEntry("deadline", TODAY.plusMonths(1).toString()).containsEntry("status", "ASSIGNED");
        assertThat((String) task.get("description")).contains("Nguyễn Thanh Tùng", TODAY.plusMonths(1).toString());
    }

    @Test
    void shouldCloseTheRecognitionTaskWhenTheMemberIsRecognised() {
        UUID cell = OrgUnits.unit(null, "Chi bộ thôn Tây", "GRASSROOTS_PARTY_CELL");
        publish(member("admitted", membership, cell, TODAY.minusMonths(12), TODAY));
        awaitTask(cell, "recognition:" + membership, t -> "ASSIGNED".equals(t.get("status")));

        publish(member("recognised", membership, cell, TODAY, TODAY));

        assertThat(awaitTask(cell, "recognition:" + membership, t -> "COMPLETED".equals(t.get("status"))))
                .containsEntry("completedOn", TODAY.toString());
    }

    @Test
    void shouldCancelTheRecognitionTaskWhenTheMemberLeaves() {
        UUID cell = OrgUnits.unit(null, "Chi bộ thôn Nam", "GRASSROOTS_PARTY_CELL");
        publish(member("admitted", membership, cell, TODAY.minusMonths(6), TODAY.plusMonths(6)));
        awaitTask(cell, "recognition:" + membership, t -> true);

        publish(member("left", membership, cell, TODAY, TODAY.plusMonths(6)));

        assertThat(awaitTask(cell, "recognition:" + membership, t -> "CANCELLED".equals(t.get("status"))))
                .extractingByKey("statusReason").asString().contains("DECEASED");
    }

    @Test
    void shouldGiveTheTaskOnceTheCellArrivesWhenTheMemberEventCameFirst() {
        UUID cell = UUID.randomUUID();
        Event admitted = publish(member("admitted", membership, cell, TODAY.minusMonths(11), TODAY.plusMonths(1)));
        awaitApplied(admitted);
        assertThat(tasksOf(cell)).isEmpty();

        Event created = publish(CadreFeed.unitCreated(cell, "Chi bộ Trường THCS Kim Xá"));

        awaitTask(cell, "recognition:" + membership, t -> TODAY.plusMonths(1).toString().equals(t.get("deadline")));
        assertNotParked(admitted, created);
    }

    @Test
    void shouldGiveNoTaskWhenTheMemberWasRecognisedBeforeTheCellArrived() {
        UUID cell = UUID.randomUUID();
        publish(member("admitted", membership, cell, TODAY.minusMonths(12), TODAY));
        publish(member("recognised", membership, cell, TODAY, TODAY));
        Event created = publish(CadreFeed.unitCreated(cell, "Chi bộ thôn Bắc"));
        awaitApplied(created);

        assertThat(tasksOf(cell)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> PendingTask.<PendingTask>find("systemKey",
                "recognition:" + membership).firstResult().status)).isEqualTo(PendingTask.Status.SETTLED);
    }
}
