package vn.tochuc.task.target;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.tochuc.task.target.TargetCalls.defined;
import static vn.tochuc.task.target.TargetCalls.measure;
import static vn.tochuc.task.target.TargetCalls.measured;
import static vn.tochuc.task.target.TargetCalls.newMembers;
import static vn.tochuc.task.target.TargetCalls.ratio;
import static vn.tochuc.task.target.TargetCalls.resolution;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.Tokens;
import vn.tochuc.task.period.Period;
import vn.tochuc.task.target.TargetCalls.Tree;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TargetTableTest {

    @Inject
    TargetStatuses statuses;

    private static JsonPath table(UUID unit, String period, String document) {
        return given().queryParam("orgUnitId", unit.toString()).queryParam("period", period)
                .queryParam("documentId", document).queryParam("asOf", "2025-01-15")
                .get("/api/v1/targets/table").then().statusCode(200).extract().jsonPath();
    }

    /** The province's new-members target, measured by its two districts for 2024 (900 and 950): its id. */
    private static String districtsMeasured(String document, Tree tree) {
        String target = defined(newMembers(document, tree.province()));
        measured(target, tree.districtA(), "2024", 900);
        measured(target, tree.districtB(), "2024", 950);
        return target;
    }

    private static Map<String, Object> row(JsonPath table, UUID unit) {
        return table.getMap("rows.find { it.unitId == '" + unit + "' }");
    }

    @Test
    void shouldShowTheProvinceRowAsTheSumOfItsDistrictsAndJudgeItAgainstTheYearlyTarget() {
        Tree tree = Tree.create("Vĩnh Phúc");
        String document = resolution(tree.province());
        districtsMeasured(document, tree);

        JsonPath table = table(tree.province(), "2024", document);
        assertThat(table.getList("rows")).hasSize(3);
        Map<String, Object> province = row(table, tree.province());
        assertThat(province).containsEntry("chosenUnit", true).containsEntry("source", "COMBINED")
                .containsEntry("status", "EXCEEDED").containsEntry("unitsCounted", 2);
        assertThat(table.getDouble("rows.find { it.chosenUnit }.actual")).isEqualTo(1850.0);
        assertThat(table.getDouble("rows.find { it.chosenUnit }.target")).isEqualTo(1300.0);
        assertThat(table.getDouble("rows.find { it.chosenUnit }.percentOfTarget")).isEqualTo(142.3);
        assertThat(row(table, tree.districtA())).containsEntry("status", "NOT_MET").containsEntry("source", "OWN");
    }

    @Test
    void shouldKeepATargetInTheTablesOfTheProvinceThatOwnedItFirstOnceItPassedToTheProvinceItMergedInto() {
        Tree tree = Tree.create("Vĩnh Phúc hợp nhất");
        String document = resolution(tree.province());
        String target = districtsMeasured(document, tree);
        UUID phuTho = vn.tochuc.task.OrgUnits.unit(null, "Tỉnh ủy Phú Thọ " + UUID.randomUUID().toString()
                .substring(0, 6), "PROVINCIAL_PARTY_COMMITTEE");
        QuarkusTransaction.requiringNew().run(() -> Target.<Target>findById(UUID.fromString(target))
                .passTo(phuTho, LocalDate.of(2025, 7, 1)));

        JsonPath table = table(tree.province(), "2024", document);
        assertThat(row(table, tree.province())).containsEntry("chosenUnit", true).containsEntry("status", "EXCEEDED");
        assertThat(table.getDouble("rows.find { it.chosenUnit }.actual")).isEqualTo(1850.0);
        assertThat(row(table(tree.districtA(), "2024", document), tree.districtA())).containsEntry("source", "OWN");
    }

    @Test
    void shouldLetAUnitsOwnFigureWinOverTheFiguresOfTheUnitsBelowIt() {
        Tree tree = Tree.create("Phú Thọ");
        String document = resolution(tree.province());
        String target = defined(newMembers(document, tree.province()));
        measured(target, tree.districtA(), "2024", 700);
        measured(target, tree.communeA(), "2024", 300);
        measured(target, tree.communeB(), "2024", 600);

        JsonPath table = table(tree.province(), "2024", document);
        assertThat(table.getDouble("rows.find { it.unitId == '" + tree.districtA() + "' }.actual")).isEqualTo(700.0);
        assertThat(row(table, tree.districtB())).containsEntry("source", "COMBINED").containsEntry("unitsCounted", 1);
        assertThat(table.getDouble("rows.find { it.chosenUnit }.actual")).isEqualTo(1300.0);
        assertThat(row(table, tree.province())).containsEntry("status", "MET");

        measured(target, tree.province(), "2024", 1400);
        JsonPath entered = table(tree.province(), "2024", document);
        assertThat(entered.getDouble("rows.find { it.chosenUnit }.actual")).isEqualTo(1400.0);
        assertThat(row(entered, tree.province())).containsEntry("source", "OWN");
    }

    @Test
    void shouldLetAUnitsOwnFigureWinInTheTableOfADistrictMeasuredAgainstAProvincialTarget() {
        Tree tree = Tree.create("Quảng Ninh");
        UUID cellOfA1 = vn.tochuc.task.OrgUnits.unit(tree.communeA(), "Chi bộ thôn 1", "PARTY_CELL");
        UUID commune2 = vn.tochuc.task.OrgUnits.unit(tree.districtA(), "Đảng ủy xã A2");
        UUID cellOfA2 = vn.tochuc.task.OrgUnits.unit(commune2, "Chi bộ thôn 2", "PARTY_CELL");
        String document = resolution(tree.province());
        String target = defined(newMembers(document, tree.province()));
        measured(target, tree.communeA(), "2024", 40);
        measured(target, cellOfA1, "2024", 7);
        measured(target, cellOfA2, "2024", 9);

        JsonPath table = table(tree.districtA(), "2024", document);
        assertThat(table.getDouble("rows.find { it.chosenUnit }.actual")).isEqualTo(49.0);
        assertThat(row(table, tree.districtA())).containsEntry("unitsCounted", 2);
        assertThat(row(table, tree.communeA())).containsEntry("source", "OWN");
        assertThat(table.getDouble("rows.find { it.unitId == '" + commune2 + "' }.actual")).isEqualTo(9.0);
        assertThat(row(table, commune2)).containsEntry("source", "COMBINED");
    }

    @Test
    void shouldCombineARatioAsSummedNumeratorsOverSummedDenominators() {
        Tree tree = Tree.create("Lào Cai");
        String document = resolution(tree.province());
        Map<String, Object> goodCells = newMembers(document, tree.province());
        goodCells.put("name", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ");
        goodCells.put("unitOfMeasure", "%");
        goodCells.put("aggregation", "RATIO");
        goodCells.put("termTarget", 90);
        goodCells.put("yearlyTargets", List.of());
        goodCells.remove("baselineYear");
        goodCells.remove("baselineValue");
        String target = defined(goodCells);
        measure(target, ratio(tree.districtA(), "2025", 45, 50)).then().statusCode(201)
                .body("value", equalTo(90.0f));
        measure(target, ratio(tree.districtB(), "2025", 5, 50)).then().statusCode(201);

        JsonPath table = given().queryParam("orgUnitId", tree.province().toString()).queryParam("period", "2025")
                .queryParam("asOf", "2026-01-10").get("/api/v1/targets/table").then().statusCode(200)
                .extract().jsonPath();
        assertThat(table.getDouble("rows.find { it.chosenUnit }.actual")).isEqualTo(50.0);
        assertThat(table.getDouble("rows.find { it.chosenUnit }.numerator")).isEqualTo(50.0);
        assertThat(table.getDouble("rows.find { it.chosenUnit }.denominator")).isEqualTo(100.0);
        assertThat(row(table, tree.province())).containsEntry("status", "NOT_MET");
        assertThat(row(table, tree.districtA())).containsEntry("status", "MET");
    }

    @Test
    void shouldAverageTheFiguresThatCount() {
        Tree tree = Tree.create("Yên Bái");
        String document = resolution(tree.province());
        Map<String, Object> score = newMembers(document, tree.province());
        score.put("aggregation", "AVERAGE");
        score.put("yearlyTargets", List.of(Map.of("year", 2023, "value", 80)));
        String target = defined(score);
        measured(target, tree.districtA(), "2023", 70);
        measured(target, tree.communeB(), "2023", 95.5);

        JsonPath table = table(tree.province(), "2023", document);
        assertThat(table.getDouble("rows.find { it.chosenUnit }.actual")).isEqualTo(82.75);
        assertThat(row(table, tree.province())).containsEntry("status", "EXCEEDED");
    }

    @Test
    void shouldShowEveryUnitBelowWithoutFiguresAsNoData() {
        Tree tree = Tree.create("Tuyên Quang");
        String document = resolution(tree.province());
        defined(newMembers(document, tree.province()));
        JsonPath table = table(tree.province(), "2024-Q2", document);
        assertThat(table.getList("rows.status")).containsOnly("NO_DATA");
        assertThat(table.getString("period")).isEqualTo("2024-Q2");
    }

    @Test
    void shouldShowTheTargetsOfSuperiorsToADistrictOfficerButNotAnotherDistrictsTable() {
        Tree tree = Tree.create("Hà Giang");
        String document = resolution(tree.province());
        defined(newMembers(document, tree.province()));
        given().header("Authorization", Tokens.unitOfficer("district-a", tree.districtA()))
                .queryParam("orgUnitId", tree.districtA().toString()).queryParam("documentId", document)
                .queryParam("period", "2024").get("/api/v1/targets/table").then().statusCode(200)
                .body("rows", hasSize(2));
        given().header("Authorization", Tokens.unitOfficer("district-a", tree.districtA()))
                .queryParam("orgUnitId", tree.districtB().toString()).get("/api/v1/targets/table")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.unitOfficer("district-a", tree.districtA()))
                .queryParam("orgUnitId", tree.province().toString()).get("/api/v1/targets/table")
                .then().statusCode(404);
    }

    @Test
    void shouldDownloadTheTableAsASpreadsheetAndAnswer304ForAnUnchangedTable() throws Exception {
        Tree tree = Tree.create("Bắc Giang");
        String document = resolution(tree.province());
        String target = defined(newMembers(document, tree.province()));
        measured(target, tree.districtA(), "2024", 1500);

        io.restassured.response.Response xlsx = given().queryParam("orgUnitId", tree.province().toString())
                .queryParam("period", "2024").queryParam("documentId", document).queryParam("format", "xlsx")
                .get("/api/v1/targets/table");
        xlsx.then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Chỉ tiêu kỳ");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Tỉnh ủy Bắc Giang");
            assertThat(sheet.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(1500.0);
            assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("Vượt");
        }
        given().header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("orgUnitId", tree.province().toString()).get("/api/v1/targets/table")
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx"));

        String etag = given().queryParam("orgUnitId", tree.province().toString()).queryParam("period", "2024")
                .get("/api/v1/targets/table").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("orgUnitId", tree.province().toString())
                .queryParam("period", "2024").get("/api/v1/targets/table").then().statusCode(304);
    }

    @Test
    void shouldRefuseABadTableRequestWithAProblem() {
        given().get("/api/v1/targets/table").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("orgUnitId"));
        given().queryParam("orgUnitId", "nope").get("/api/v1/targets/table").then().statusCode(400);
        UUID unit = UUID.randomUUID();
        given().queryParam("orgUnitId", unit.toString()).queryParam("period", "2024-Q5")
                .get("/api/v1/targets/table").then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().queryParam("orgUnitId", unit.toString()).queryParam("asOf", "2024-02-30")
                .get("/api/v1/targets/table").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().queryParam("orgUnitId", unit.toString()).queryParam("format", "pdf")
                .get("/api/v1/targets/table").then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().queryParam("orgUnitId", unit.toString()).get("/api/v1/targets/table").then().statusCode(404);
    }

    @Test
    void shouldGiveTheEvaluationTheShareOfTargetsMetOrExceeded() {
        Tree tree = Tree.create("Thái Nguyên");
        String document = resolution(tree.province());
        String met = defined(newMembers(document, tree.province()));
        String missed = defined(newMembers(document, tree.province()));
        defined(newMembers(document, tree.province()));
        measured(met, tree.districtA(), "2024", 1300);
        measured(missed, tree.districtA(), "2024", 200);

        TargetShare share = QuarkusTransaction.requiringNew().call(() ->
                statuses.shareMetOrExceeded(tree.districtA(), Period.year(2024), LocalDate.of(2025, 1, 15)));
        assertThat(share).isEqualTo(new TargetShare(3, 2, 1, 1, new java.math.BigDecimal("33.3")));
    }
}
