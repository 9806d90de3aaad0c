package vn.tochuc.task.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;
import vn.tochuc.task.task.Task;

/** The evaluation of a unit and the units below it for 2024, from tasks and targets whose dates are known. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class UnitEvaluationTest {

    private static final String PATH = "/api/v1/unit-evaluations";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String AS_OF = "2025-01-20";

    /** A province whose four districts did their 2024 tasks well, half, excellently and badly. */
    record Province(UUID province, UUID well, UUID commune, UUID half, UUID excellent, UUID badly) {

        static Province create() {
            String n = UUID.randomUUID().toString().substring(0, 6);
            UUID province = OrgUnits.unit(null, "Tỉnh ủy " + n, "PROVINCIAL_PARTY_COMMITTEE");
            UUID well = OrgUnits.unit(province, "A Huyện ủy Tam Đảo " + n, "DISTRICT_PARTY_COMMITTEE");
            UUID commune = OrgUnits.unit(well, "Đảng ủy xã Đại Đình " + n);
            UUID half = OrgUnits.unit(province, "B Huyện ủy Lập Thạch " + n, "DISTRICT_PARTY_COMMITTEE");
            UUID excellent = OrgUnits.unit(province, "C Thành ủy Phúc Yên " + n, "DISTRICT_PARTY_COMMITTEE");
            UUID badly = OrgUnits.unit(province, "D Huyện ủy Sông Lô " + n, "DISTRICT_PARTY_COMMITTEE");
            // Counted in 2024: due in it, or accepted in it (by the day).
            task(well, "2024-06-30", "2024-06-20");       // on time
            task(commune, "2024-08-31", "2025-01-15");    // late
            task(well, "2025-03-31", "2024-11-10");       // accepted early in 2024: on time
            task(half, "2024-09-30", null);               // overdue
            task(half, "2024-12-31", "2024-12-01");       // on time
            task(excellent, "2024-10-31", "2024-10-30");  // on time
            task(badly, "2024-05-31", null);              // overdue
            task(badly, "2023-12-31", "2024-01-05");      // accepted in 2024, after its 2023 deadline: late
            task(province, "2025-06-30", null);           // not counted: due in 2025, not accepted in 2024
            String target = target(province, excellent);
            given().contentType(ContentType.JSON).body(Map.of("unitId", excellent, "period", "2024", "value", 12,
                    "evidence", "Báo cáo tổng kết năm 2024")).post("/api/v1/targets/" + target + "/measurements")
                    .then().statusCode(201);
            return new Province(province, well, commune, half, excellent, badly);
        }
    }

    @Test
    void shouldGiveTheExactSharesAndSuggestedBandOfEachDistrictAndTheProvince() {
        Province p = Province.create();

        JsonPath e = evaluate(given(), p.province(), "children").then().statusCode(200).extract().jsonPath();

        assertThat(e.getInt("evaluation.tasks.counted")).isEqualTo(8);
        assertThat(e.getInt("evaluation.tasks.completedOnTime")).isEqualTo(4);
        assertThat(e.getInt("evaluation.tasks.completedLate")).isEqualTo(2);
        assertThat(e.getInt("evaluation.tasks.overdue")).isEqualTo(2);
        assertThat(e.getDouble("evaluation.tasks.onTimeShare")).isEqualTo(0.5);
        assertThat(e.getDouble("evaluation.tasks.overdueShare")).isEqualTo(0.25);
        assertThat(e.getString("evaluation.targets.metShare")).as("no target applies to the province").isNull();
        assertThat(e.getString("evaluation.suggestedRating")).isEqualTo("COMPLETED");
        assertThat(e.getList("children.unitId")).containsExactly(p.well().toString(), p.half().toString(),
                p.excellent().toString(), p.badly().toString());
        assertThat(e.getDouble("children[0].tasks.onTimeShare")).as("2 of 3, the commune's late task included")
                .isEqualTo(0.6667);
        assertThat(e.getString("children[0].suggestedRating")).isEqualTo("COMPLETED");
        assertThat(e.getDouble("children[1].tasks.overdueShare")).isEqualTo(0.5);
        assertThat(e.getString("children[1].suggestedRating")).isEqualTo("COMPLETED");
        assertThat(e.getInt("children[2].targets.metOrExceeded")).isEqualTo(1);
        assertThat(e.getDouble("children[2].targets.metShare")).isEqualTo(1.0);
        assertThat(e.getString("children[2].suggestedRating")).isEqualTo("EXCELLENT");
        assertThat(e.getDouble("children[3].tasks.onTimeShare")).isEqualTo(0.0);
        assertThat(e.getString("children[3].suggestedRating")).isEqualTo("NOT_COMPLETED");
        assertThat(e.getString("children[3].ratingBasis")).contains("COMPLETED (on-time share 0 < 0.5");
    }

    @Test
    void shouldStateTheConfiguredThresholdsItJudgedOn() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy Khối cơ quan " + UUID.randomUUID(), "PARTY_COMMITTEE_UNDER_PROVINCE");
        JsonPath e = evaluate(given(), unit, null).then().statusCode(200).extract().jsonPath();
        assertThat(e.getDouble("thresholds.excellent.onTimeShare")).isEqualTo(1.0);
        assertThat(e.getDouble("thresholds.excellent.targetsMetShare")).isEqualTo(1.0);
        assertThat(e.getInt("thresholds.excellent.maxOverdue")).isEqualTo(0);
        assertThat(e.getDouble("thresholds.good.onTimeShare")).isEqualTo(0.8);
        assertThat(e.getDouble("thresholds.completed.onTimeShare")).isEqualTo(0.5);
        assertThat(e.getString("thresholds.good.maxOverdue")).isNull();
        assertThat(e.getString("evaluation.suggestedRating")).as("nothing to judge").isNull();
        assertThat(e.getList("children")).isEmpty();
    }

    @Test
    void shouldAnswerNotModifiedAndWriteASpreadsheet() throws Exception {
        Province p = Province.create();
        String tag = evaluate(given(), p.province(), "children").then().statusCode(200).extract().header("ETag");
        evaluate(given().header("If-None-Match", tag), p.province(), "children").then().statusCode(304);

        byte[] xlsx = evaluate(given().queryParam("format", "xlsx"), p.province(), "children").then()
                .statusCode(200).contentType(vn.tochuc.task.export.XlsxTable.MEDIA_TYPE).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(8.0);
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sheet.getRow(5).getCell(11).getStringCellValue()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        }
    }

    @Test
    void shouldRefuseBadInputWithProblems() {
        UUID unit = OrgUnits.unit(null, "Huyện ủy Yên Lạc " + UUID.randomUUID(), "DISTRICT_PARTY_COMMITTEE");
        given().queryParam("period", "2024").get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("orgUnitId"));
        given().queryParam("orgUnitId", unit.toString()).get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("period"));
        given().queryParam("orgUnitId", unit.toString()).queryParam("period", "2024-Q5").get(PATH).then()
                .statusCode(400).body("errors.field", hasItem("period"));
        given().queryParam("orgUnitId", "not-a-uuid").queryParam("period", "2024").get(PATH).then()
                .statusCode(400).body("errors.field", hasItem("orgUnitId"));
        given().queryParam("orgUnitId", unit.toString()).queryParam("period", "2024").queryParam("asOf", "20/01/2025")
                .get(PATH).then().statusCode(400).body("errors.field", hasItem("asOf"));
        evaluate(given(), unit, "grandchildren").then().statusCode(400).body("errors.field", hasItem("breakdown"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownUnitOrOneOfAnotherBranch() {
        UUID mine = OrgUnits.unit(null, "Huyện ủy Vĩnh Tường " + UUID.randomUUID(), "DISTRICT_PARTY_COMMITTEE");
        UUID other = OrgUnits.unit(null, "Huyện ủy Bình Xuyên " + UUID.randomUUID(), "DISTRICT_PARTY_COMMITTEE");
        evaluate(given(), UUID.randomUUID(), null).then().statusCode(404).contentType("application/problem+json");
        RequestSpecification officer = given().header("Authorization", Tokens.unitOfficer("to-chuc@vinhtuong", mine));
        evaluate(officer, other, null).then().statusCode(404).contentType("application/problem+json");
        evaluate(given().header("Authorization", Tokens.unitOfficer("to-chuc@vinhtuong", mine)), mine, null).then()
                .statusCode(200);
    }

    private static io.restassured.response.Response evaluate(RequestSpecification as, UUID unit, String breakdown) {
        RequestSpecification call = as.queryParam("orgUnitId", unit.toString()).queryParam("period", "2024")
                .queryParam("asOf", AS_OF);
        if (breakdown != null) {
            call = call.queryParam("breakdown", breakdown);
        }
        return call.get(PATH);
    }

    /** A task of {@code unit}, assigned on 2024-01-10, due and (when given) accepted on those days. */
    private static void task(UUID unit, String deadline, String completedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "KEY_TASK");
        body.put("title", "Nâng cao chất lượng tổ chức cơ sở đảng");
        body.put("leadUnitId", unit.toString());
        body.put("deadline", TODAY.plusMonths(1).toString());
        String id = given().contentType(ContentType.JSON).body(body).post("/api/v1/tasks").then().statusCode(201)
                .extract().path("id");
        step(id, "ASSIGN");
        if (completedOn != null) {
            step(id, "SUBMIT");
            step(id, "ACCEPT");
        }
        QuarkusTransaction.requiringNew().run(() -> Task.update("assignedOn = ?1, deadline = ?2, completedOn = ?3 "
                + "where id = ?4", LocalDate.of(2024, 1, 10), LocalDate.parse(deadline),
                completedOn == null ? null : LocalDate.parse(completedOn), UUID.fromString(id)));
    }

    private static void step(String id, String step) {
        String tag = given().get("/api/v1/tasks/" + id).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", tag).body(Map.of("step", step))
                .post("/api/v1/tasks/" + id + "/steps").then().statusCode(200);
    }

    /** A 2020-2025 target of the province's resolution owned by {@code owner}: 10 in 2024. */
    private static String target(UUID issuer, UUID owner) {
        String document = given().contentType(ContentType.JSON).body(Map.of("numberSymbol",
                        "01-NQ/ĐH-" + UUID.randomUUID().toString().substring(0, 8), "kind", "RESOLUTION",
                        "title", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII", "issuerUnitId", issuer,
                        "issuedOn", "2020-10-15", "term", "2020-2025"))
                .post("/api/v1/source-documents").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>();
        body.put("documentId", document);
        body.put("code", "CT-" + UUID.randomUUID().toString().substring(0, 6));
        body.put("name", "Kết nạp đảng viên mới");
        body.put("unitOfMeasure", "đảng viên");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("aggregation", "SUM");
        body.put("termTarget", 50);
        body.put("yearlyTargets", List.of(Map.of("year", 2024, "value", 10)));
        body.put("ownerUnitId", owner);
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/targets").then().statusCode(201)
                .extract().path("id");
    }
}
