package vn.tochuc.task.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.task.reaction.CadreFeed.appointmentStarted;
import static vn.tochuc.task.reaction.CadreFeed.assertNotParked;
import static vn.tochuc.task.reaction.CadreFeed.awaitApplied;
import static vn.tochuc.task.reaction.CadreFeed.awaitTask;
import static vn.tochuc.task.reaction.CadreFeed.disciplineDecided;
import static vn.tochuc.task.reaction.CadreFeed.publish;
import static vn.tochuc.task.reaction.CadreFeed.tasksOf;

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

/** A removal from post (cách chức) gives the unit the task of placing the person again, closed when that is done. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class RearrangementReactionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final UUID person = UUID.randomUUID();

    @Test
    void shouldGiveARearrangementTaskAfterARemovalFromPost() {
        UUID unit = OrgUnits.unit(null, "Huyện ủy Lập Thạch", "DISTRICT_PARTY_COMMITTEE");

        Event decided = publish(disciplineDecided(person, unit, "REMOVAL_FROM_POST", TODAY));

        Map<String, Object> task = awaitTask(unit, "rearrangement:" + person, t -> true);
        assertThat(task).containsEntry("title", "Sắp xếp, bố trí cán bộ sau kỷ luật")
                .containsEntry("status", "ASSIGNED").containsEntry("deadline", TODAY.plusDays(30).toString());
        assertThat((String) task.get("description")).contains("Trần Văn Bình", "12-QĐ/UBKTTU");
        assertNotParked(decided);
    }

    @Test
    void shouldCloseTheRearrangementTaskWhenThePersonIsRearranged() {
        UUID unit = OrgUnits.unit(null, "Huyện ủy Sông Lô", "DISTRICT_PARTY_COMMITTEE");
        publish(disciplineDecided(person, unit, "REMOVAL_FROM_POST", TODAY.minusDays(20)));
        awaitTask(unit, "rearrangement:" + person, t -> "ASSIGNED".equals(t.get("status")));

        publish(appointmentStarted(UUID.randomUUID(), person, UUID.randomUUID(), unit, "REARRANGED", TODAY));

        awaitTask(unit, "rearrangement:" + person, t -> "COMPLETED".equals(t.get("status")));
    }

    @Test
    void shouldKeepTheRearrangementTaskOpenWhenThePersonStartsAnotherKindOfAppointment() {
        UUID unit = OrgUnits.unit(null, "Huyện ủy Tam Đảo", "DISTRICT_PARTY_COMMITTEE");
        publish(disciplineDecided(person, unit, "REMOVAL_FROM_POST", TODAY.minusDays(20)));
        awaitTask(unit, "rearrangement:" + person, t -> true);

        awaitApplied(publish(appointmentStarted(UUID.randomUUID(), person, UUID.randomUUID(), unit, "SECONDED_IN",
                TODAY)));

        assertThat(CadreFeed.task(unit, "rearrangement:" + person)).get().extracting(t -> t.get("status"))
                .isEqualTo("ASSIGNED");
    }

    @Test
    void shouldNotGiveARearrangementTaskForAWarning() {
        UUID unit = OrgUnits.unit(null, "Huyện ủy Yên Lạc", "DISTRICT_PARTY_COMMITTEE");

        Event warning = publish(disciplineDecided(person, unit, "WARNING", TODAY));
        awaitApplied(warning);

        assertThat(tasksOf(unit)).isEmpty();
    }

    @Test
    void shouldNotGiveARearrangementTaskWhenThePersonWasRearrangedBeforeTheDecisionWasRead() {
        UUID unit = OrgUnits.unit(null, "Huyện ủy Vĩnh Tường", "DISTRICT_PARTY_COMMITTEE");
        awaitApplied(publish(appointmentStarted(UUID.randomUUID(), person, UUID.randomUUID(), unit, "REARRANGED",
                TODAY)));

        Event decided = publish(disciplineDecided(person, unit, "REMOVAL_FROM_POST", TODAY.minusDays(5)));
        awaitApplied(decided);

        assertThat(tasksOf(unit)).isEmpty();
    }
}
