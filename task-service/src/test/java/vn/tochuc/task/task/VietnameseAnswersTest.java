package vn.tochuc.task.task;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemCatalog;
import vn.tochuc.task.OrgUnits;

/**
 * With Accept-Language: vi, task-service's refusals are Vietnamese (detail and field messages, tasks named by title,
 * dates dd/MM/yyyy, steps labelled); English otherwise.
 */
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
    void shouldRefuseADeadlineBeforeTodayInEitherLanguage() {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Lào Cai", "ADVISORY_BOARD");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Map<String, Object> late = Tasks.task(board, today.minusDays(1));

        Tasks.as(null).header("Accept-Language", "vi").body(late).post(Tasks.PATH).then().statusCode(422)
                .body("detail", equalTo("Yêu cầu vi phạm quy định về nhiệm vụ: deadline không được trước ngày hôm nay ("
                        + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")."))
                .body("errors[0].field", equalTo("deadline"));
        Tasks.as(null).body(late).post(Tasks.PATH).then().statusCode(422)
                .body("detail", equalTo("The request breaks a rule of tasks: deadline must not be before today, "
                        + today + "."));
    }

    @Test
    void shouldAskForTheReasonOfAHoldInEitherLanguage() {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Yên Bái", "ADVISORY_BOARD");
        String id = Tasks.assignedRoot(board, LocalDate.now().plusMonths(3));

        Tasks.as(null).header("Accept-Language", "vi").header("If-Match", Tasks.etag(Tasks.version(null, id)))
                .body(Map.of("step", "HOLD")).post(Tasks.PATH + "/" + id + "/steps").then().statusCode(400)
                .body("detail", equalTo("Yêu cầu có trường không hợp lệ: reason."))
                .body("errors.find { it.field == 'reason' }.message",
                        equalTo("là bắt buộc khi tạm dừng nhiệm vụ: hãy nêu lý do"));
        Tasks.step(null, id, "HOLD", null).then().statusCode(400)
                .body("errors.find { it.field == 'reason' }.message", equalTo("is required to HOLD a task: say why"));
    }

    @Test
    void shouldNameTheTaskAlreadyGradedForThePeriodInEitherLanguage() {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Tuyên Quang", "ADVISORY_BOARD");
        String id = Tasks.assignedRoot(board, LocalDate.now().plusMonths(3));
        Tasks.as(null).header("If-Match", Tasks.etag(Tasks.version(null, id)))
                .body(Map.of("period", "2024", "grade", "MET")).post(Tasks.PATH + "/" + id + "/outcomes").then()
                .statusCode(201);

        Tasks.as(null).header("Accept-Language", "vi").header("If-Match", Tasks.etag(Tasks.version(null, id)))
                .body(Map.of("period", "2024", "grade", "EXCEEDED")).post(Tasks.PATH + "/" + id + "/outcomes").then()
                .statusCode(409).body("detail", equalTo("Nhiệm vụ 'Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ "
                        + "2025-2030' (" + id + ") đã được chấm kết quả kỳ 2024; xem tại GET /api/v1/tasks/" + id
                        + "/outcomes."));
        Tasks.as(null).header("If-Match", Tasks.etag(Tasks.version(null, id)))
                .body(Map.of("period", "2024", "grade", "EXCEEDED")).post(Tasks.PATH + "/" + id + "/outcomes").then()
                .statusCode(409).body("detail", equalTo("Task 'Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ "
                        + "2025-2030' (" + id + ") already has a grade for 2024; see GET /api/v1/tasks/" + id
                        + "/outcomes."));
    }

    @Test
    void shouldRefuseAPeriodWrittenWronglyInEitherLanguage() {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Hà Nam", "ADVISORY_BOARD");

        given().header("Accept-Language", "vi").queryParam("orgUnitId", board.toString())
                .queryParam("period", "2024-Q5").get("/api/v1/targets/table").then().statusCode(400)
                .body("errors.find { it.field == 'period' }.message",
                        equalTo("phải là kỳ dạng 2024-Q1 (quý), 2024-H1 (6 tháng) hoặc 2024 (năm)"));
        given().queryParam("orgUnitId", board.toString()).queryParam("period", "2024-Q5")
                .get("/api/v1/targets/table").then().statusCode(400)
                .body("errors.find { it.field == 'period' }.message",
                        equalTo("must be a period written 2024-Q1 (quarter), 2024-H1 (half-year) or 2024 (year)"));
    }

    @Test
    void shouldHaveEveryProblemTextInBothLanguages() {
        assertThat(ProblemCatalog.inconsistencies()).isEmpty();
    }
}
