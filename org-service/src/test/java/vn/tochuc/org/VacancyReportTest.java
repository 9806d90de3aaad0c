package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vacancy report on a small tree whose seats are filled by appointment events published over the real
 * broker, as cadre-service publishes them.
 */
@QuarkusTest
class VacancyReportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static String province;
    private static String district;
    private static String deputies;

    /** Province: secretary (1 seat, filled), deputies (2 seats: one filled, ended 2025-09-01); district: 1 of 1. */
    @BeforeEach
    void buildTheTreeOnce() {
        if (province != null) {
            return;
        }
        province = Cases.unit("Tỉnh ủy thử báo cáo", "PROVINCIAL_PARTY_COMMITTEE", null);
        district = Cases.unit("Huyện ủy Tam Dương thử", "DISTRICT_PARTY_COMMITTEE", province);
        String secretary = Positions.create(province, "SECRETARY", 1, "2025-01-01");
        deputies = Positions.create(province, "DEPUTY_SECRETARY", 2, "2025-01-01");
        String districtSecretary = Positions.create(district, "SECRETARY", 1, "2025-01-01");
        Positions.post("/api/v1/staffing-quotas", StaffingQuotaTest.quota(province, "CIVIL_SERVANT", 5))
                .statusCode(201);
        Positions.appoint(secretary, province, "Nguyễn Trung Hải", "2025-03-01");
        String deputy = Positions.appoint(deputies, province, "Lương Đức Minh", "2025-03-01");
        Positions.appoint(districtSecretary, district, "Nguyễn Thanh Tùng", "2025-03-01");
        Positions.endAppointment(deputy, deputies, province, "2025-09-01");
        // The ended event is the last one published: once it is applied, all are.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(report("2025-09-01").getInt("totals.figures.filledSeats")).isEqualTo(2));
    }

    @Test
    void shouldCountSeatsHoldersAndTheQuotaAsOfADate() {
        JsonPath json = report("2025-06-01");

        assertThat(json.getInt("totals.units")).isEqualTo(2);
        assertThat(json.getInt("totals.figures.seats")).isEqualTo(4);
        assertThat(json.getInt("totals.figures.filledSeats")).isEqualTo(3);
        assertThat(json.getInt("totals.figures.vacantSeats")).isEqualTo(1);
        assertThat(json.getInt("totals.figures.peopleInPost")).isEqualTo(3);
        assertThat(json.getInt("units[0].figures.quota")).isEqualTo(5);
        assertThat(json.getInt("units[0].figures.quotaUnfilled")).isEqualTo(3);
        assertThat(json.getList("units[0].positions[0].holders.personName")).containsExactly("Nguyễn Trung Hải");
        assertThat(json.getString("units[1].orgUnitId")).isEqualTo(district);
        assertThat(json.getList("emptyPosts.positionId")).containsExactly(deputies);
        assertThat(json.getInt("emptyPosts[0].vacantSeats")).isEqualTo(1);
    }

    @Test
    void shouldLeaveQuotaUnfilledEmptyForAUnitWithoutAQuotaAndNameUnitsAlike() {
        JsonPath json = report("2025-06-01");

        assertThat(json.getInt("units[1].figures.quota")).isZero();
        assertThat(json.<Object>get("units[1].figures.quotaUnfilled")).isNull();
        assertThat(json.getString("orgUnitId")).isEqualTo(json.getString("units[0].orgUnitId"));
        assertThat(json.getString("emptyPosts[0].orgUnitId")).isNotNull();
        assertThat(json.getInt("emptyPosts[0].filledSeats") + json.getInt("emptyPosts[0].vacantSeats"))
                .isEqualTo(json.getInt("emptyPosts[0].seats"));
    }

    @Test
    void shouldReopenTheSeatWhenTheAppointmentEnds() {
        JsonPath after = report("2025-09-01");

        assertThat(after.getInt("totals.figures.vacantSeats")).isEqualTo(2);
        assertThat(after.getInt("emptyPosts[0].vacantSeats")).isEqualTo(2);
        assertThat(after.getList("units[0].positions[1].holders")).isEmpty();
        assertThat(report("2025-08-31").getInt("totals.figures.vacantSeats")).isEqualTo(1);
    }

    @Test
    void shouldShowEverySeatEmptyBeforeAnyoneWasAppointed() {
        JsonPath before = report("2025-02-28");

        assertThat(before.getInt("totals.figures.filledSeats")).isZero();
        assertThat(before.getList("emptyPosts")).hasSize(3);
        assertThat(report("2024-12-31").getInt("totals.figures.positions")).isZero();
    }

    @Test
    void shouldGiveTheSameNumbersAsAnXlsxDownload() throws Exception {
        JsonPath json = report("2025-06-01");
        byte[] file = given().queryParam("orgUnitId", province).queryParam("asOf", "2025-06-01")
                .accept(XLSX).when().get("/api/v1/vacancy-reports").then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet summary = book.getSheet("Tổng hợp");
            Row total = summary.getRow(summary.getLastRowNum());
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(json.getInt("totals.figures.seats"));
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(json.getInt("totals.figures.filledSeats"));
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(json.getInt("totals.figures.vacantSeats"));
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(json.getInt("totals.figures.quota"));
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tỉnh ủy thử báo cáo");
            Sheet empty = book.getSheet("Vị trí còn trống");
            assertThat(empty.getLastRowNum()).isEqualTo(json.getList("emptyPosts").size());
            assertThat(empty.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Phó Bí thư");
            assertThat(empty.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(1);
            String holders = book.getSheet("Chức danh").getRow(1).getCell(4).getStringCellValue();
            assertThat(holders).isEqualTo("Nguyễn Trung Hải");
        }
        given().queryParam("orgUnitId", province).queryParam("format", "xlsx").when().get("/api/v1/vacancy-reports")
                .then().statusCode(200).contentType(XLSX);
    }

    @Test
    void shouldAnswerNotModifiedWhileTheReportIsUnchanged() {
        String etag = given().queryParam("orgUnitId", province).queryParam("asOf", "2025-06-01").when()
                .get("/api/v1/vacancy-reports").then().statusCode(200).extract().header("ETag");
        given().queryParam("orgUnitId", province).queryParam("asOf", "2025-06-01").header("If-None-Match", etag)
                .when().get("/api/v1/vacancy-reports").then().statusCode(304);
        given().queryParam("orgUnitId", province).queryParam("asOf", "2025-09-01").header("If-None-Match", etag)
                .when().get("/api/v1/vacancy-reports").then().statusCode(200);
    }

    @Test
    void shouldRejectAMissingUnitAUnitNotInEffectAndAnUnknownFormat() {
        given().when().get("/api/v1/vacancy-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("orgUnitId"));
        given().queryParam("orgUnitId", province).queryParam("asOf", "2019-01-01").when()
                .get("/api/v1/vacancy-reports").then().statusCode(404).body("type", containsString("not-in-effect"));
        given().queryParam("orgUnitId", province).queryParam("format", "pdf").when().get("/api/v1/vacancy-reports")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().queryParam("orgUnitId", "x").accept(XLSX).when().get("/api/v1/vacancy-reports")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("orgUnitId", province).accept("text/csv").when().get("/api/v1/vacancy-reports")
                .then().statusCode(406).contentType("application/problem+json");
    }

    static JsonPath report(String asOf) {
        return given().queryParam("orgUnitId", province).queryParam("asOf", asOf).when()
                .get("/api/v1/vacancy-reports").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
    }
}
