package vn.tochuc.task.task;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.tochuc.task.task.Tasks.PATH;
import static vn.tochuc.task.task.Tasks.as;
import static vn.tochuc.task.task.Tasks.etag;
import static vn.tochuc.task.task.Tasks.version;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;

/**
 * A province-wide role records what happened before the suite existed (the 2020-2025 term of the demo): the day a
 * task was assigned, reported on and accepted, so its timeliness reads as it was, not as of the day it was typed in.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskPastRecordTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate DEADLINE = LocalDate.of(2022, 6, 30);

    @Test
    void shouldRecordATaskOfAPastTermAsCompletedOnTime() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Hà Nam", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Huyện ủy Kim Bảng", "DISTRICT_PARTY_COMMITTEE");
        String root = pastRoot(province);

        as(null).header("If-Match", etag(version(null, root)))
                .body(Map.of("unitIds", List.of(district.toString()), "assignedOn", "2021-01-15"))
                .post(PATH + "/" + root + "/assignments").then().statusCode(201)
                .body("assignedOn", contains("2021-01-15"));
        String child = Tasks.childOf(root, district);
        as(null).header("If-Match", etag(version(null, child)))
                .body(Map.of("percent", 60, "text", "Đã hoàn thành 6/10 nội dung", "reportedOn", "2021-12-20"))
                .post(PATH + "/" + child + "/progress-reports").then().statusCode(201)
                .body("reportedOn", equalTo("2021-12-20"));
        Tasks.step(null, child, "SUBMIT", null).then().statusCode(200);

        step(null, child, "ACCEPT", "2022-06-20").then().statusCode(200).body("completedOn", equalTo("2022-06-20"))
                .body("timeliness", equalTo("COMPLETED_ON_TIME"));
        as(null).get(PATH + "/" + child + "/deadlines").then().statusCode(200)
                .body("deadline", contains(DEADLINE.toString())).body("setOn", contains("2021-01-15"));
    }

    @Test
    void shouldRefuseAPastDayFromAUnitOfficer() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Ninh Bình", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Huyện ủy Gia Viễn", "DISTRICT_PARTY_COMMITTEE");
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(3));
        Tasks.assignTo(null, root, List.of(district), null).then().statusCode(201);
        String child = Tasks.childOf(root, district);
        String officer = Tokens.unitOfficer("to-chuc@giavien", district);

        as(officer).header("If-Match", etag(version(officer, child)))
                .body(Map.of("percent", 10, "text", "Bắt đầu", "reportedOn", TODAY.minusDays(1).toString()))
                .post(PATH + "/" + child + "/progress-reports").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/out-of-scope"));
        as(null).get(PATH + "/" + child + "/progress-reports").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseADayAfterTodayOrBeforeTheAssignment() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Nam Định", "PROVINCIAL_PARTY_COMMITTEE");
        String root = pastRoot(province);
        Tasks.step(null, root, "SUBMIT", null).then().statusCode(200);

        step(null, root, "ACCEPT", TODAY.plusDays(1).toString()).then().statusCode(400)
                .body("type", equalTo("https://tochuc.vn/problems/validation-failed"));
        step(null, root, "ACCEPT", "2020-12-31").then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/before-assignment"));
        as(null).get(PATH + "/" + root).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldStillRefuseAPastDeadlineForATaskPlannedFromToday() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Hà Tĩnh", "PROVINCIAL_PARTY_COMMITTEE");
        Map<String, Object> task = Tasks.task(province, LocalDate.of(2021, 6, 30));
        task.put("assignedOn", "2021-07-01");

        as(null).body(Tasks.task(province, DEADLINE)).post(PATH).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/deadline-before-assignment"));
        as(null).body(task).post(PATH).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/deadline-before-assignment"));
        as(null).get(PATH + "?unitId=" + province).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseAPastDayOnAStepThatDoesNotTakeOne() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Thái Bình", "PROVINCIAL_PARTY_COMMITTEE");
        String root = pastRoot(province);

        step(null, root, "START", "2021-03-01").then().statusCode(400).body("errors[0].field", equalTo("on"));
        as(null).get(PATH + "/" + root).then().statusCode(200).body("status", equalTo("ASSIGNED"));
    }

    /** A root task due on 30 June 2022, written down now as assigned on 10 January 2021. */
    private static String pastRoot(UUID lead) {
        Map<String, Object> task = Tasks.task(lead, DEADLINE);
        task.put("assignedOn", "2021-01-10");
        return as(null).body(task).post(PATH).then().statusCode(201).body("status", equalTo("ASSIGNED"))
                .body("assignedOn", equalTo("2021-01-10")).extract().path("id");
    }

    private static Response step(String token, String id, String step, String on) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        body.put("on", on);
        return as(token).header("If-Match", etag(version(token, id))).body(body).post(PATH + "/" + id + "/steps");
    }
}
