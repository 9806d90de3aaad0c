package vn.tochuc.task.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.task.reaction.CadreFeed.appointmentEnded;
import static vn.tochuc.task.reaction.CadreFeed.assertNotParked;
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

/** The open tasks of a unit that ceased in org-service pass to the unit that carries its work on. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class UnitCeasedReactionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final UUID position = UUID.randomUUID();

    @Test
    void shouldPassTheOpenTasksOfAMergedUnitToItsSuccessor() {
        UUID parent = OrgUnits.unit(null, "Đảng bộ tỉnh", "PROVINCIAL_PARTY_COMMITTEE");
        UUID ceased = OrgUnits.unit(parent, "Đảng bộ xã Tân Lập");
        UUID successor = OrgUnits.unit(parent, "Đảng bộ xã Tân Phong");
        publish(appointmentEnded(UUID.randomUUID(), UUID.randomUUID(), position, ceased, TODAY, "RETIRED"));
        Map<String, Object> task = awaitTask(ceased, "vacancy:" + position, t -> true);

        Event merged = publish(CadreFeed.unitCeased("merged", ceased, parent, List.of(successor)));

        Map<String, Object> handed = awaitTask(successor, "vacancy:" + position, t -> true);
        assertThat(handed).containsEntry("id", task.get("id")).containsEntry("status", "ASSIGNED")
                .containsEntry("assigningUnitId", successor.toString());
        assertThat(tasksOf(ceased)).isEmpty();
        assertNotParked(merged);
    }

    @Test
    void shouldPassTheOpenTasksOfADissolvedUnitToItsParent() {
        UUID parent = OrgUnits.unit(null, "Đảng bộ tỉnh", "PROVINCIAL_PARTY_COMMITTEE");
        UUID ceased = OrgUnits.unit(parent, "Chi bộ Công ty Vĩnh Phúc");
        publish(appointmentEnded(UUID.randomUUID(), UUID.randomUUID(), position, ceased, TODAY, "RELIEVED"));
        awaitTask(ceased, "vacancy:" + position, t -> true);

        publish(CadreFeed.unitCeased("dissolved", ceased, parent, List.of()));

        awaitTask(parent, "vacancy:" + position, t -> true);
    }
}
