package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemCatalog;

/**
 * With Accept-Language: vi, org-service's own refusals are Vietnamese too (detail and field messages), dates written
 * dd/MM/yyyy and units named by their code; English otherwise.
 */
@QuarkusTest
class VietnameseAnswersTest {

    @Test
    void shouldRefuseADuplicateCodeInVietnamese() {
        String code = OrgUnits.uniqueCode();
        OrgUnits.post(Map.of("code", code, "name", "Ban Tuyên giáo", "kind", "ADVISORY_BOARD")).statusCode(201);

        given().header("Accept-Language", "vi").contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Ban khác", "kind", "ADVISORY_BOARD"))
                .when().post("/api/v1/org-units").then().statusCode(409)
                .body("title", equalTo("Xung đột dữ liệu"))
                .body("detail", equalTo("Đã có đơn vị mang mã '" + code + "'; mã đơn vị là duy nhất, không phân biệt "
                        + "chữ hoa chữ thường. Hãy chọn mã khác."));
    }

    @Test
    void shouldSayFromWhichDayAParentExistsInVietnamese() {
        String code = OrgUnits.uniqueCode();
        String parent = unitFromTheCongressOf2020(code, "Đảng bộ xã Đạo Tú", "GRASSROOTS_PARTY_COMMITTEE");

        given().header("Accept-Language", "vi").contentType(ContentType.JSON)
                .body(Map.of("code", OrgUnits.uniqueCode(), "name", "Chi bộ thôn Đông Thịnh", "kind", "PARTY_CELL",
                        "parentId", parent, "validFrom", "2019-01-01"))
                .when().post("/api/v1/org-units").then().statusCode(422)
                .body("detail", containsString("đơn vị " + code + " không tồn tại vào ngày 01/01/2019; đơn vị có "
                        + "hiệu lực từ ngày 15/10/2020"));
    }

    @Test
    void shouldSayWhatAMergeCaseLacksInEitherLanguage() {
        Map<String, Object> merge = Cases.caseOf("MERGE", "sourceUnitIds",
                java.util.List.of(Cases.unit("Đảng bộ xã Hoàng Hoa", "GRASSROOTS_PARTY_COMMITTEE", null)));

        given().header("Accept-Language", "vi").contentType(ContentType.JSON).body(merge)
                .when().post("/api/v1/restructuring-cases").then().statusCode(400)
                .body("detail", equalTo("Đề án sáp nhập thiếu trường hoặc có trường không dùng; xem errors."))
                .body("errors.find { it.field == 'targetUnitId' }.message",
                        equalTo("là bắt buộc: đơn vị nhận sáp nhập"));
        given().contentType(ContentType.JSON).body(merge)
                .when().post("/api/v1/restructuring-cases").then().statusCode(400)
                .body("detail", equalTo("A MERGE case needs more or other fields; see errors."))
                .body("errors.find { it.field == 'targetUnitId' }.message",
                        equalTo("is required: it names the unit they merge into"));
    }

    @Test
    void shouldCiteTheTermRuleInTheCallersLanguage() {
        Map<String, Object> term = Map.of("code", "2041-2045", "startYear", 2041, "endYear", 2045,
                "nameVi", "Nhiệm kỳ bốn năm", "scope", "NATIONAL");

        given().header("Accept-Language", "vi").contentType(ContentType.JSON).body(term)
                .when().post("/api/v1/terms").then().statusCode(422)
                .body("detail", startsWith("Nhiệm kỳ NATIONAL bắt đầu năm 2041 kéo dài 5 năm theo "))
                .body("detail", containsString("có hiệu lực từ ngày "))
                .body("detail", endsWith("nên kết thúc năm 2046, không phải năm 2045."));
        given().contentType(ContentType.JSON).body(term).when().post("/api/v1/terms").then().statusCode(422)
                .body("detail", startsWith("A NATIONAL term starting in 2041 lasts 5 years under "))
                .body("detail", containsString(", in force from "))
                .body("detail", endsWith("so it ends in 2046, not 2045."));
    }

    @Test
    void shouldNameTheUnitOfASecondPositionOfTheSameTitleInEitherLanguage() {
        String code = OrgUnits.uniqueCode();
        String unit = unitFromTheCongressOf2020(code, "Chi bộ thôn Đông Thịnh", "PARTY_CELL");
        String position = Positions.create(unit, "CELL_SECRETARY", 1, "2020-10-15");
        Map<String, Object> second = Map.of("orgUnitId", unit, "titleCode", "CELL_SECRETARY", "seats", 1,
                "managingBody", "Đảng ủy xã Đạo Tú", "validFrom", "2021-01-01");

        given().header("Accept-Language", "vi").contentType(ContentType.JSON).body(second)
                .when().post("/api/v1/positions").then().statusCode(409)
                .body("detail", equalTo("Đơn vị " + code + " đã có chức danh CELL_SECRETARY (" + position + ") có "
                        + "hiệu lực từ ngày 15/10/2020. Hãy sửa số lượng bằng PATCH /api/v1/positions/" + position
                        + " thay vì thêm chức danh thứ hai."));
        given().contentType(ContentType.JSON).body(second).when().post("/api/v1/positions").then().statusCode(409)
                .body("detail", equalTo("Unit " + code + " already has a CELL_SECRETARY position (" + position
                        + ") in effect from 2020-10-15. Change its seats with PATCH /api/v1/positions/" + position
                        + " instead of adding a second one."));
    }

    @Test
    void shouldSayWhenAUnitExistedInEitherLanguage() {
        String code = OrgUnits.uniqueCode();
        String unit = unitFromTheCongressOf2020(code, "Đảng bộ phường Liên Bảo", "GRASSROOTS_PARTY_COMMITTEE");

        given().header("Accept-Language", "vi").queryParam("asOf", "2019-01-01")
                .when().get("/api/v1/org-units/" + unit).then().statusCode(404)
                .body("detail", equalTo("Đơn vị " + code + " chưa tồn tại vào ngày 01/01/2019: đơn vị có hiệu lực từ "
                        + "ngày 15/10/2020. Hãy hỏi một ngày đơn vị còn tồn tại, hoặc xem lịch sử của đơn vị."));
        given().queryParam("asOf", "2019-01-01").when().get("/api/v1/org-units/" + unit).then().statusCode(404)
                .body("detail", equalTo("Org unit " + code + " did not exist on 2019-01-01: it exists from 2020-10-15. "
                        + "Ask for a date when it existed, or read its history."));
    }

    @Test
    void shouldHaveEveryProblemTextInBothLanguages() {
        assertThat(ProblemCatalog.inconsistencies()).isEmpty();
    }

    @Test
    void shouldLabelTheCaseTypesInVietnameseInTheApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("MERGE — sáp nhập"));
    }

    /** A unit in effect from 15 October 2020: its id. */
    private static String unitFromTheCongressOf2020(String code, String name, String kind) {
        return OrgUnits.post(Map.of("code", code, "name", name, "kind", kind, "validFrom", "2020-10-15"))
                .statusCode(201).extract().path("id");
    }
}
