package vn.tochuc.task.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.tochuc.task.task.Tasks.PATH;
import static vn.tochuc.task.task.Tasks.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;

/** The task grid of a subtree as of a day: on time, late, within the deadline, overdue per unit. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskGridTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Dates a task would have had if it had been assigned and accepted in the past. */
    private static void backdate(String id, LocalDate assignedOn, LocalDate deadline, LocalDate completedOn) {
        QuarkusTransaction.requiringNew().run(() -> Task.update("assignedOn = ?1, deadline = ?2, completedOn = ?3 "
                + "where id = ?4", assignedOn, deadline, completedOn, UUID.fromString(id)));
    }

    @Test
    void shouldCountEachDistrictsSubtreeAndTheProvincesOwnTasksAsOfADay() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Vĩnh Phúc (lưới)", "PROVINCIAL_PARTY_COMMITTEE");
        UUID vinhYen = OrgUnits.unit(province, "Thành ủy Vĩnh Yên", "DISTRICT_PARTY_COMMITTEE");
        UUID tamDuong = OrgUnits.unit(province, "Huyện ủy Tam Dương", "DISTRICT_PARTY_COMMITTEE");
        UUID commune = OrgUnits.unit(tamDuong, "Đảng ủy xã Hoàng Hoa");
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(6));
        Tasks.assignTo(null, root, List.of(vinhYen, tamDuong), null).then().statusCode(201);
        String vinhYenTask = Tasks.childOf(root, vinhYen);
        String tamDuongTask = Tasks.childOf(root, tamDuong);
        Tasks.assignTo(null, tamDuongTask, List.of(commune), null).then().statusCode(201);
        String communeTask = Tasks.childOf(tamDuongTask, commune);
        for (String id : List.of(vinhYenTask, communeTask)) {
            Tasks.step(null, id, "SUBMIT", null).then().statusCode(200);
            Tasks.step(null, id, "ACCEPT", null).then().statusCode(200);
        }
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        backdate(root, LocalDate.of(2024, 1, 10), LocalDate.of(2025, 6, 30), null);
        backdate(vinhYenTask, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 20));
        backdate(tamDuongTask, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 9, 30), null);
        backdate(communeTask, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31), LocalDate.of(2025, 1, 15));

        JsonPath grid = as(null).queryParam("orgUnitId", province.toString()).queryParam("asOf", asOf.toString())
                .get(PATH + "/grid").then().statusCode(200).extract().jsonPath();

        assertThat(grid.getString("lines[0].unitId")).isEqualTo(province.toString());
        assertThat(grid.getBoolean("lines[0].ownTasksOnly")).isTrue();
        assertThat(grid.getInt("lines[0].inProgressWithinDeadline")).isEqualTo(1);
        assertThat(grid.getList("lines.unitName")).containsExactly("Tỉnh ủy Vĩnh Phúc (lưới)", "Huyện ủy Tam Dương",
                "Thành ủy Vĩnh Yên");
        assertThat(grid.getInt("lines[1].overdue")).as("Tam Dương's task and its commune's, accepted only in 2025")
                .isEqualTo(2);
        assertThat(grid.getInt("lines[2].completedOnTime")).isEqualTo(1);
        assertThat(grid.getInt("total.total")).isEqualTo(4);
        assertThat(grid.getInt("total.overdue")).isEqualTo(2);
    }

    @Test
    void shouldNotCountTasksAssignedAfterTheDay() {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Phú Thọ (lưới)", "ADVISORY_BOARD");
        Tasks.assignedRoot(board, TODAY.plusMonths(1));
        as(null).queryParam("orgUnitId", board.toString()).queryParam("asOf", TODAY.minusDays(1).toString())
                .get(PATH + "/grid").then().statusCode(200).body("total.total", equalTo(0));
        as(null).queryParam("orgUnitId", board.toString()).get(PATH + "/grid").then().statusCode(200)
                .body("total.inProgressWithinDeadline", equalTo(1));
    }

    @Test
    void shouldWriteTheGridAsASpreadsheet() throws Exception {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Hòa Bình (lưới)", "ADVISORY_BOARD");
        Tasks.assignedRoot(board, TODAY.plusMonths(1));
        byte[] xlsx = as(null).header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("orgUnitId", board.toString()).get(PATH + "/grid").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Chưa hoàn thành, quá hạn");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(1.0);
        }
        as(null).queryParam("orgUnitId", board.toString()).queryParam("format", "xlsx").get(PATH + "/grid")
                .then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void shouldRefuseAGridOfAnotherBranchOrWithoutAUnit() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Lương Sơn (lưới)", "DISTRICT_PARTY_COMMITTEE");
        UUID other = OrgUnits.unit(null, "Huyện ủy Kim Bôi (lưới)", "DISTRICT_PARTY_COMMITTEE");
        as(Tokens.unitOfficer("to-chuc@luongson", district)).queryParam("orgUnitId", other.toString())
                .get(PATH + "/grid").then().statusCode(422).contentType("application/problem+json");
        as(null).get(PATH + "/grid").then().statusCode(400).body("errors.field", hasItem("orgUnitId"));
        as(null).queryParam("orgUnitId", district.toString()).queryParam("asOf", "31/12/2024").get(PATH + "/grid")
                .then().statusCode(400).body("errors.field", hasItem("asOf"));
    }
}
