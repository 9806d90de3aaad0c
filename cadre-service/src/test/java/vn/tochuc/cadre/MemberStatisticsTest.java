package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;

/** Thống kê đảng viên of a subtree as of a date, by dimension, with the movements of a period. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "cadre"))
class MemberStatisticsTest {

    private static final String PATH = "/api/v1/cadre-statistics/party-members";
    private static UUID commune;
    private static UUID cellA;
    private static UUID cellB;
    private static UUID elsewhere;

    /** Once per class, but after Quarkus has set RestAssured's port, which a static @BeforeAll runs before. */
    @BeforeEach
    void buildATreeWithMembers() {
        if (commune != null) {
            return;
        }
        commune = OrgUnits.unit(null, "Đảng bộ xã Hợp Thịnh");
        cellA = OrgUnits.unit(commune, "Chi bộ thôn 1");
        cellB = OrgUnits.unit(commune, "Chi bộ thôn 2");
        elsewhere = OrgUnits.unit(null, "Đảng bộ xã khác");

        String an = admit(member("Nguyễn", "Văn", "An", "MALE", "1990-09-02", "01", "00"), cellA, "2015-05-19");
        Members.step(an, "recognition", 0, Map.of("recognisedOn", "2016-05-19")).statusCode(200);
        String binh = admit(member("Trần", "Thị", "Bình", "FEMALE", "1970-01-10", "01", "01"), cellA, "2000-03-03");
        Members.step(binh, "recognition", 0, Map.of("recognisedOn", "2001-03-03")).statusCode(200);
        // Sình has declared no political theory level
        admit(member("Hà", "Văn", "Sình", "MALE", "1985-06-15", "03", "00", "politicalTheoryCode"), cellB,
                "2026-02-03");
        String died = admit(member("Lê", "Văn", "Cường", "MALE", "1950-04-30", "01", "00"), cellB, "1975-04-30");
        Members.step(died, "leaving", 0, Map.of("reason", "DECEASED", "effectiveOn", "2026-03-01"))
                .statusCode(200);
        String arriving = admit(member("Phạm", "Thị", "Dung", "FEMALE", "1980-12-12", "01", "00"), elsewhere,
                "2010-10-10");
        Members.step(arriving, "transfers", 0, Map.of("kind", "PERMANENT", "toCellId", cellB.toString(),
                "effectiveOn", "2026-04-01")).statusCode(200);
        admit(member("Vũ", "Văn", "Ngoài", "MALE", "1992-02-02", "01", "00"), elsewhere, "2016-06-06");
    }

    @Test
    void shouldCountTheMembersOfASubtreeByEveryDimensionAsOfADate() {
        JsonPath stats = given().queryParam("orgUnitId", commune).queryParam("asOf", "2026-06-30")
                .queryParam("from", "2026-01-01").queryParam("to", "2026-06-30")
                .when().get(PATH).then().statusCode(200).extract().jsonPath();

        // An, Bình, Sình and the arriving Dung; Cường died in March; Ngoài belongs to another unit.
        assertThat(stats.getLong("total")).isEqualTo(4);
        assertThat(count(stats, "bySex", "FEMALE")).isEqualTo(2);
        assertThat(count(stats, "byEthnicity", "03")).isEqualTo(1);
        assertThat(stats.getString("byEthnicity.find { it.code == '03' }.name")).isEqualTo("Thái");
        assertThat(count(stats, "byReligion", "01")).isEqualTo(1);
        // On 30 June 2026: An 35, Sình 41, Dung 45, Bình 56.
        assertThat(count(stats, "byAgeBand", "31-40")).isEqualTo(1);
        assertThat(count(stats, "byAgeBand", "41-50")).isEqualTo(2);
        assertThat(count(stats, "byAgeBand", "51-60")).isEqualTo(1);
        assertThat(stats.getLong("movements.admitted")).isEqualTo(1);
        assertThat(stats.getLong("movements.arrived")).isEqualTo(1);
        assertThat(stats.getLong("movements.died")).isEqualTo(1);
        assertThat(stats.getLong("movements.left")).isZero();
    }

    @Test
    void shouldSplitTheCountsIntoFullAndProbationaryMembersAsOfTheDate() {
        JsonPath stats = given().queryParam("orgUnitId", commune).queryParam("asOf", "2026-06-30")
                .when().get(PATH).then().statusCode(200).extract().jsonPath();

        // An and Bình were recognised; Sình (admitted 2026) and the arriving Dung were not.
        assertThat(stats.getLong("full")).isEqualTo(2);
        assertThat(stats.getLong("probationary")).isEqualTo(2);
        assertThat(stats.getLong("bySex.find { it.code == 'FEMALE' }.full")).isEqualTo(1);
        assertThat(stats.getLong("bySex.find { it.code == 'FEMALE' }.probationary")).isEqualTo(1);
        // Bình's full membership dates from 3 March 2001: on 1 March 2001 she was still probationary.
        given().queryParam("orgUnitId", cellA).queryParam("asOf", "2001-03-01").when().get(PATH)
                .then().statusCode(200).body("full", equalTo(0)).body("probationary", equalTo(1));
    }

    @Test
    void shouldWordAgeBandsAndUndeclaredValuesAsTheBoardsFormsDo() {
        JsonPath stats = given().queryParam("orgUnitId", commune).queryParam("asOf", "2026-06-30")
                .when().get(PATH).then().statusCode(200).extract().jsonPath();

        assertThat(stats.getString("byAgeBand.find { it.code == '31-40' }.name")).isEqualTo("Từ 31 đến 40 tuổi");
        assertThat(stats.getString("byPoliticalTheory.find { it.code == null }.name")).isEqualTo("Chưa kê khai");
        assertThat(stats.getString("orgUnitName")).isEqualTo("Đảng bộ xã Hợp Thịnh");
    }

    @Test
    void shouldCountOnlyThoseWhoWereMembersOnAnEarlierDate() {
        given().queryParam("orgUnitId", commune).queryParam("asOf", "2001-01-01").when().get(PATH)
                .then().statusCode(200).body("total", equalTo(2));
        given().queryParam("orgUnitId", cellA).queryParam("asOf", "2014-01-01").when().get(PATH)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldGiveTheSameFiguresAsAWorkbook() throws Exception {
        Map<String, double[]> values = workbook();
        assertThat(values.get("Tổng số đảng viên")).containsExactly(4.0, 2.0, 2.0);
        assertThat(values.get("Nữ")).containsExactly(2.0, 1.0, 1.0);
        assertThat(values.get("Thái")[0]).isEqualTo(1.0);
        assertThat(values.get("Từ 31 đến 40 tuổi")[0]).isEqualTo(1.0);
        assertThat(values.get("Chưa kê khai")[0]).isEqualTo(1.0);
        assertThat(values.get("Từ trần")[0]).isEqualTo(1.0);
    }

    @Test
    void shouldNameTheUnitAndTheDayInTheWorkbooksTitleWrittenDayMonthYear() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Thống kê đảng viên Đảng bộ xã Hợp Thịnh đến ngày 30/06/2026");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Chính thức");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Dự bị");
            boolean movementsTitled = false;
            for (Row row : sheet) {
                movementsTitled |= row.getCell(0).getStringCellValue()
                        .equals("Biến động từ ngày 01/01/2026 đến ngày 30/06/2026");
            }
            assertThat(movementsTitled).as("the movements' period written dd/mm/yyyy").isTrue();
        }
    }

    private static byte[] xlsx() {
        return given().queryParam("orgUnitId", commune).queryParam("asOf", "2026-06-30")
                .queryParam("format", "xlsx").when().get(PATH).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
    }

    /** Each labelled row's numbers: total, full, probationary (0 where blank). */
    private static Map<String, double[]> workbook() throws Exception {
        Map<String, double[]> values = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx()))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    double[] numbers = new double[3];
                    for (int i = 0; i < 3; i++) {
                        numbers[i] = row.getCell(i + 1) == null ? 0 : row.getCell(i + 1).getNumericCellValue();
                    }
                    values.put(row.getCell(0).getStringCellValue().strip(), numbers);
                }
            }
        }
        return values;
    }

    @Test
    void shouldRefuseBadParametersWithProblems() {
        given().queryParam("orgUnitId", "not-a-unit").when().get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("orgUnitId"));
        given().queryParam("orgUnitId", UUID.randomUUID()).when().get(PATH).then().statusCode(422)
                .contentType("application/problem+json");
        given().queryParam("asOf", "2026-02-30").when().get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
        given().queryParam("from", "2026-05-01").queryParam("to", "2026-01-01").when().get(PATH).then()
                .statusCode(400).body("errors.field", hasItem("from"));
        given().queryParam("format", "pdf").when().get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("format"));
        given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("orgUnitId", "bad").when().get(PATH).then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static long count(JsonPath stats, String dimension, String code) {
        Object value = stats.get(dimension + ".find { it.code == '" + code + "' }.count");
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String member(String surname, String middle, String given, String sex, String born,
            String ethnicity, String religion, String... undeclared) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.remove("nationalId");
        cv.put("sex", sex);
        cv.put("dateOfBirth", born);
        cv.put("ethnicityCode", ethnicity);
        cv.put("religionCode", religion);
        for (String field : undeclared) {
            cv.remove(field);
        }
        return Persons.create(cv);
    }

    private static String admit(String person, UUID cell, String on) {
        return Members.admit(Members.admission(person, cell, LocalDate.parse(on))).statusCode(201)
                .extract().path("id");
    }
}
