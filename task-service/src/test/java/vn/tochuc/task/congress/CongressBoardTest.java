package vn.tochuc.task.congress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.tochuc.task.congress.Congresses.TERM;
import static vn.tochuc.task.congress.Congresses.held;
import static vn.tochuc.task.congress.Congresses.reach;
import static vn.tochuc.task.congress.Congresses.schedule;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;

/**
 * A province with two communes: in commune A one cell held its congress in time and one is prepared but past its
 * planned date; in commune B the cell held its congress after the deadline. As of 2025-08-05.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class CongressBoardTest {

    private UUID province;
    private UUID communeA;
    private UUID communeB;

    @BeforeEach
    void planTheProvince() {
        province = OrgUnits.unit(null, "Tỉnh ủy Phú Thọ", "PROVINCIAL_PARTY_COMMITTEE");
        communeA = OrgUnits.unit(province, "Đảng ủy xã An Hòa", "COMMUNE_PARTY_COMMITTEE");
        communeB = OrgUnits.unit(province, "Đảng ủy xã Bình Minh", "COMMUNE_PARTY_COMMITTEE");
        UUID cellA1 = OrgUnits.unit(communeA, "Chi bộ thôn An Lạc", "GRASSROOTS_PARTY_CELL");
        UUID cellA2 = OrgUnits.unit(communeA, "Chi bộ thôn An Phú", "GRASSROOTS_PARTY_CELL");
        UUID cellB1 = OrgUnits.unit(communeB, "Chi bộ thôn Bình An", "GRASSROOTS_PARTY_CELL");
        given().contentType(ContentType.JSON).body(Map.of("orgUnitId", province, "term", TERM))
                .post("/api/v1/congresses/subtree-plans").then().statusCode(200).body("created", equalTo(6));

        schedule(plan(communeA), "2025-08-20").then().statusCode(200);
        String a1 = plan(cellA1);
        schedule(a1, "2025-07-10").then().statusCode(200);
        held(a1, "2025-06-26", "2025-07-10");
        String a2 = plan(cellA2);
        schedule(a2, "2025-07-20").then().statusCode(200);
        held(a2, "2025-07-05", null);
        String b1 = plan(cellB1);
        schedule(b1, "2025-07-25").then().statusCode(200);
        held(b1, "2025-07-10", "2025-08-02");
    }

    @Test
    void shouldCountPlannedPreparedHeldAndLatePerLevel() {
        ValidatableResponse board = board(Map.of()).statusCode(200)
                .body("unitName", equalTo("Tỉnh ủy Phú Thọ")).body("asOf", equalTo("2025-08-05"));
        board.body("total.plans", equalTo(6)).body("total.planned", equalTo(4)).body("total.prepared", equalTo(1))
                .body("total.held", equalTo(2)).body("total.late", equalTo(2))
                .body("total.ruleVersions", contains("45-CT/TW (2025-04-14)"));
        board.body("byLevel.unitKind", contains("COMMUNE_PARTY_COMMITTEE", "GRASSROOTS_PARTY_CELL",
                "PROVINCIAL_PARTY_COMMITTEE"));
        String cells = "byLevel.find { it.unitKind == 'GRASSROOTS_PARTY_CELL' }.";
        board.body(cells + "plans", equalTo(3)).body(cells + "planned", equalTo(3))
                .body(cells + "prepared", equalTo(1)).body(cells + "held", equalTo(2)).body(cells + "late", equalTo(2));
        String communes = "byLevel.find { it.unitKind == 'COMMUNE_PARTY_COMMITTEE' }.";
        board.body(communes + "plans", equalTo(2)).body(communes + "planned", equalTo(1))
                .body(communes + "late", equalTo(0));
    }

    @Test
    void shouldCountEachUnitDirectlyBelowWithItsSubtree() {
        ValidatableResponse board = board(Map.of()).statusCode(200);
        board.body("byUnit.unitName", contains("Tỉnh ủy Phú Thọ", "Đảng ủy xã An Hòa", "Đảng ủy xã Bình Minh"));
        board.body("byUnit[0].plans", equalTo(1)).body("byUnit[0].planned", equalTo(0));
        board.body("byUnit[1].plans", equalTo(3)).body("byUnit[1].held", equalTo(1))
                .body("byUnit[1].prepared", equalTo(1)).body("byUnit[1].late", equalTo(1));
        board.body("byUnit[2].plans", equalTo(2)).body("byUnit[2].held", equalTo(1))
                .body("byUnit[2].late", equalTo(1));
    }

    @Test
    void shouldCountOnlyWhatHadHappenedByTheDateAsked() {
        board(Map.of("asOf", "2025-07-01")).statusCode(200).body("total.held", equalTo(0))
                .body("total.prepared", equalTo(1)).body("total.late", equalTo(0));
    }

    @Test
    void shouldGiveTheBoardAsASpreadsheet() throws Exception {
        byte[] xlsx = given().queryParam("orgUnitId", province.toString()).queryParam("asOf", "2025-08-05")
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/congresses/board").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Chậm");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tỉnh ủy Phú Thọ");
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(2.0);
        }
        board(Map.of("format", "xlsx")).statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void shouldAnswerTheSameBoardWith304AndAnotherBoardWithAnotherETag() {
        String tag = board(Map.of()).statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).queryParam("orgUnitId", province.toString())
                .queryParam("asOf", "2025-08-05").get("/api/v1/congresses/board").then().statusCode(304);
        String sheetTag = board(Map.of("format", "xlsx")).statusCode(200).extract().header("ETag");
        assertThat(sheetTag).isNotEqualTo(tag);
    }

    @Test
    void shouldShowAUnitOfficerOnlyItsOwnBranch() {
        String officer = Tokens.unitOfficer("an-hoa", communeA);
        given().header("Authorization", officer).queryParam("orgUnitId", communeA.toString())
                .queryParam("asOf", "2025-08-05").get("/api/v1/congresses/board").then().statusCode(200)
                .body("total.plans", equalTo(3));
        given().header("Authorization", officer).queryParam("orgUnitId", province.toString())
                .get("/api/v1/congresses/board").then().statusCode(404);
        given().header("Authorization", officer).queryParam("orgUnitId", communeB.toString())
                .get("/api/v1/congresses/board").then().statusCode(404);
    }

    @Test
    void shouldRefuseABoardRequestedBadly() {
        given().get("/api/v1/congresses/board").then().statusCode(400).body("errors.field", hasItem("orgUnitId"));
        given().queryParam("orgUnitId", "nope").get("/api/v1/congresses/board").then().statusCode(400);
        board(Map.of("asOf", "2025-13-01")).statusCode(400).body("errors.field", hasItem("asOf"));
        board(Map.of("format", "pdf")).statusCode(400).body("errors.field", hasItem("format"));
        board(Map.of("term", "2025")).statusCode(400).body("errors.field", hasItem("term"));
        given().queryParam("orgUnitId", UUID.randomUUID().toString()).get("/api/v1/congresses/board")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private ValidatableResponse board(Map<String, String> params) {
        Map<String, String> query = new HashMap<>(Map.of("orgUnitId", province.toString(), "asOf", "2025-08-05"));
        query.putAll(params);
        return given().queryParams(query).get("/api/v1/congresses/board").then();
    }

    private static String plan(UUID unit) {
        return given().queryParam("orgUnitId", unit.toString()).get("/api/v1/congresses").then().statusCode(200)
                .extract().path("items.find { it.orgUnitId == '" + unit + "' }.id");
    }
}
