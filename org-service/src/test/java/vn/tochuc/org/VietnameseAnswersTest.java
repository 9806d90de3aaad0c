package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemCatalog;

/** With Accept-Language: vi, org-service's own refusals are Vietnamese too, dates written dd/MM/yyyy. */
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
        String parent = OrgUnits.post(Map.of("code", code, "name", "Đảng bộ xã Đạo Tú",
                "kind", "GRASSROOTS_PARTY_COMMITTEE", "validFrom", "2020-10-15")).statusCode(201).extract().path("id");

        given().header("Accept-Language", "vi").contentType(ContentType.JSON)
                .body(Map.of("code", OrgUnits.uniqueCode(), "name", "Chi bộ thôn Đông Thịnh", "kind", "PARTY_CELL",
                        "parentId", parent, "validFrom", "2019-01-01"))
                .when().post("/api/v1/org-units").then().statusCode(422)
                .body("detail", containsString("đơn vị " + code + " không tồn tại vào ngày 01/01/2019; đơn vị có "
                        + "hiệu lực từ ngày 15/10/2020"));
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
}
