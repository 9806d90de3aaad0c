package vn.tochuc.task.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemCatalog;
import vn.tochuc.task.OrgUnits;

/** With Accept-Language: vi, a step the task's status does not allow is refused in Vietnamese, steps labelled. */
@QuarkusTest
class VietnameseAnswersTest {

    @Test
    void shouldNameTheTaskAndLabelItsStatusAndStepsInVietnamese() {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Hà Giang", "ADVISORY_BOARD");
        String id = Tasks.assignedRoot(board, LocalDate.now().plusMonths(3));

        Tasks.as(null).header("Accept-Language", "vi").header("If-Match", Tasks.etag(Tasks.version(null, id)))
                .body(Map.of("step", "ACCEPT")).post(Tasks.PATH + "/" + id + "/steps").then()
                .statusCode(409)
                .body("detail", containsString("Nhiệm vụ 'Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ 2025-2030'"))
                .body("detail", containsString("đang ở trạng thái đã giao; không thể nghiệm thu"))
                .body("detail", containsString("START (bắt đầu thực hiện)"));
    }

    @Test
    void shouldKeepTheEnglishDetailForOtherCallers() {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Cao Bằng", "ADVISORY_BOARD");
        String id = Tasks.assignedRoot(board, LocalDate.now().plusMonths(3));

        Tasks.step(null, id, "ACCEPT", null).then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/invalid-transition"))
                .body("detail", containsString("is ASSIGNED; ACCEPT is not allowed from there. Allowed now: "));
    }

    @Test
    void shouldHaveEveryProblemTextInBothLanguages() {
        assertThat(ProblemCatalog.inconsistencies()).isEmpty();
    }
}
