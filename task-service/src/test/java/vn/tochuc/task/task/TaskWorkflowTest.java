package vn.tochuc.task.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.tochuc.task.task.Tasks.PATH;
import static vn.tochuc.task.task.Tasks.as;

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
import vn.tochuc.task.Tokens;

/** A task from the province down to the districts and back: assigned, reported, submitted, returned, accepted. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskWorkflowTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void shouldWriteARootTaskAsADraftAndAssignIt() {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy", "ADVISORY_BOARD");
        String id = as(null).body(Tasks.task(board, TODAY.plusMonths(6))).post(PATH).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT"))
                .body("assigningUnitId", equalTo(board.toString())).body("timeliness", nullValue())
                .extract().path("id");

        Tasks.step(null, id, "ASSIGN", null).then().statusCode(200).body("status", equalTo("ASSIGNED"))
                .body("assignedOn", equalTo(TODAY.toString()))
                .body("timeliness", equalTo("IN_PROGRESS_WITHIN_DEADLINE"));
        as(null).header("If-None-Match", "\"1\"").get(PATH + "/" + id).then().statusCode(304);
    }

    @Test
    void shouldGiveATaskToEveryDistrictOfTheProvinceWhichGiveItFurtherDown() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Vĩnh Phúc", "PROVINCIAL_PARTY_COMMITTEE");
        UUID vinhYen = OrgUnits.unit(province, "Thành ủy Vĩnh Yên", "DISTRICT_PARTY_COMMITTEE");
        UUID tamDuong = OrgUnits.unit(province, "Huyện ủy Tam Dương", "DISTRICT_PARTY_COMMITTEE");
        OrgUnits.unit(province, "Ban Tổ chức Tỉnh ủy", "ADVISORY_BOARD");
        UUID commune = OrgUnits.unit(tamDuong, "Đảng ủy xã Hợp Hòa");
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(6));

        Tasks.assignKind(null, root, "DISTRICT_PARTY_COMMITTEE", Map.of("deadline", TODAY.plusMonths(5).toString()))
                .then().statusCode(201).body("leadUnitId", containsInAnyOrder(vinhYen.toString(), tamDuong.toString()))
                .body("assigningUnitId", contains(province.toString(), province.toString()))
                .body("status", contains("ASSIGNED", "ASSIGNED"));
        String district = Tasks.childOf(root, tamDuong);
        String officer = Tokens.unitOfficer("to-chuc@tamduong", tamDuong);

        Tasks.assignTo(officer, district, List.of(commune), null).then().statusCode(201)
                .body("[0].parentId", equalTo(district)).body("[0].rootId", equalTo(root))
                .body("[0].deadline", equalTo(TODAY.plusMonths(5).toString()));
        as(officer).get(PATH + "/" + district + "/children").then().statusCode(200)
                .body("items.leadUnitId", contains(commune.toString()));
    }

    @Test
    void shouldCountCompletionFromTheDayTheAssigningLevelAccepts() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Bắc Giang", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Huyện ủy Lục Nam", "DISTRICT_PARTY_COMMITTEE");
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(3));
        Tasks.assignTo(null, root, List.of(district), null).then().statusCode(201);
        String task = Tasks.childOf(root, district);
        String officer = Tokens.unitOfficer("to-chuc@lucnam", district);

        Tasks.report(officer, task, 80, "Đã hoàn thành 8/10 nội dung").then().statusCode(201);
        Tasks.step(officer, task, "SUBMIT", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        Tasks.step(null, task, "RETURN", "Thiếu báo cáo tổng hợp").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("statusReason", equalTo("Thiếu báo cáo tổng hợp"));
        Tasks.step(officer, task, "SUBMIT", null).then().statusCode(200);
        Tasks.step(officer, task, "ACCEPT", null).then().statusCode(403)
                .body("type", equalTo("https://tochuc.vn/problems/not-assigning-level"));
        Tasks.step(null, task, "ACCEPT", null).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo(TODAY.toString())).body("timeliness", equalTo("COMPLETED_ON_TIME"));

        Tasks.step(null, task, "ACCEPT", null).then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/already-accepted"));
        as(null).get(PATH + "/" + root).then().statusCode(200).body("rolledUpProgress", equalTo(100.0f));
    }

    @Test
    void shouldRefuseToGiveTheSameUnitATaskTwice() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Thái Nguyên", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Huyện ủy Đại Từ", "DISTRICT_PARTY_COMMITTEE");
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(3));
        Tasks.assignTo(null, root, List.of(district), null).then().statusCode(201);

        Tasks.assignTo(null, root, List.of(district), null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/already-assigned"));
        as(null).get(PATH + "/" + root + "/children").then().body("items", hasSize(1));
    }

    @Test
    void shouldHoldAndResumeATaskWhereItWas() {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Lạng Sơn", "ADVISORY_BOARD");
        String id = Tasks.assignedRoot(board, TODAY.plusMonths(3));
        Tasks.step(null, id, "START", null).then().statusCode(200);

        Tasks.step(null, id, "HOLD", null).then().statusCode(400);
        Tasks.step(null, id, "HOLD", "Chờ hướng dẫn của Trung ương").then().statusCode(200)
                .body("status", equalTo("ON_HOLD")).body("allowedSteps", containsInAnyOrder("RESUME",
                        "MARK_NOT_COMPLETED", "CANCEL"));
        Tasks.step(null, id, "SUBMIT", null).then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/invalid-transition"));
        Tasks.step(null, id, "RESUME", null).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void shouldCancelTheOpenTasksGivenDownWithTheTask() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Tuyên Quang", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Huyện ủy Sơn Dương", "DISTRICT_PARTY_COMMITTEE");
        UUID commune = OrgUnits.unit(district, "Đảng ủy xã Tân Trào");
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(3));
        Tasks.assignTo(null, root, List.of(district), null).then().statusCode(201);
        String child = Tasks.childOf(root, district);
        Tasks.assignTo(null, child, List.of(commune), null).then().statusCode(201);
        String grandchild = Tasks.childOf(child, commune);

        Tasks.step(null, root, "CANCEL", "Nhiệm vụ không còn phù hợp").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("timeliness", nullValue());

        as(null).get(PATH + "/" + grandchild).then().body("status", equalTo("CANCELLED"));
        assertThat(as(null).get(PATH + "/" + child).then().extract().<String>path("statusReason"))
                .contains("Nhiệm vụ không còn phù hợp");
    }
}
