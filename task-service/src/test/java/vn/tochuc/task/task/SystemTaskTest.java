package vn.tochuc.task.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static vn.tochuc.task.task.Tasks.PATH;
import static vn.tochuc.task.task.Tasks.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;

/** What other features of task-service use without HTTP: tasks the service gives by itself, and due dates. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class SystemTaskTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    TaskService tasks;

    @Inject
    TaskQueries queries;

    private static NewSystemTask vacancy(UUID unit, String key) {
        return new NewSystemTask(key, TaskKind.AD_HOC, "Kiện toàn chức danh còn thiếu: Phó Bí thư", null, unit, null,
                TODAY.plusDays(30), "Bổ nhiệm người giữ chức danh", null);
    }

    @Test
    void shouldGiveAUnitOneOpenTaskPerKeyAndCloseItWhenTheFactHappens() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Đồng Tĩnh");
        String key = "vacancy:" + UUID.randomUUID();

        Task first = tasks.createSystemTask(vacancy(unit, key));
        Task again = tasks.createSystemTask(vacancy(unit, key));

        assertThat(again.id).isEqualTo(first.id);
        as(null).get(PATH + "/" + first.id).then().statusCode(200).body("status", equalTo("ASSIGNED"))
                .body("systemKey", equalTo(key)).body("assignedOn", equalTo(TODAY.toString()));
        assertThat(tasks.completeSystemTask(key, "Đã bổ nhiệm")).isPresent();
        as(null).get(PATH + "/" + first.id).then().body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo(TODAY.toString())).body("timeliness", equalTo("COMPLETED_ON_TIME"));
        assertThat(tasks.findOpenSystemTask(key)).isEmpty();
        assertThat(tasks.completeSystemTask(key, "Lần nữa")).isEmpty();
        as(null).get(PATH + "/" + first.id + "/audit").then().body("items.actor[0]", equalTo("system:task-service"));
    }

    @Test
    void shouldCancelASystemTaskNoLongerNeeded() {
        UUID unit = OrgUnits.unit(null, "Chi bộ thôn Đông");
        String key = "probation:" + UUID.randomUUID();
        Task task = tasks.createSystemTask(vacancy(unit, key));

        assertThat(tasks.cancelSystemTask(key, "Đảng viên đã chuyển sinh hoạt")).isPresent();

        as(null).get(PATH + "/" + task.id).then().body("status", equalTo("CANCELLED"));
    }

    @Test
    void shouldRefuseASystemTaskForAnUnknownUnit() {
        assertThatThrownBy(() -> tasks.createSystemTask(vacancy(UUID.randomUUID(), "vacancy:" + UUID.randomUUID())))
                .isInstanceOf(ProblemException.class).hasMessageContaining("No org unit");
    }

    @Test
    void shouldListOpenTasksDueBetweenDaysAndThoseOverdue() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy phường Liên Bảo");
        Task task = tasks.createSystemTask(vacancy(unit, "vacancy:" + UUID.randomUUID()));

        assertThat(queries.dueBetween(TODAY.plusDays(29), TODAY.plusDays(31), null, 100_000))
                .extracting(t -> t.id).contains(task.id);
        assertThat(queries.dueBetween(TODAY, TODAY.plusDays(29), null, 100_000)).extracting(t -> t.id)
                .doesNotContain(task.id);
        assertThat(queries.overdueOn(TODAY.plusDays(31), null, 100_000)).extracting(t -> t.id).contains(task.id);
        assertThat(queries.overdueOn(TODAY.plusDays(30), null, 100_000)).extracting(t -> t.id)
                .doesNotContain(task.id);
    }
}
