package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemCatalog;
import vn.tochuc.platform.text.VietnameseText;

/** A caller who asks for Vietnamese gets the title, the detail and the field messages in Vietnamese. */
@QuarkusTest
class VietnameseAnswersTest {

    @Test
    void shouldSayWhatIsMissingInVietnamese() {
        given().header("Accept-Language", "vi-VN,vi;q=0.9").contentType(ContentType.JSON).body(Map.of())
                .when().post(Appointments.PATH).then().statusCode(400)
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("detail", containsString("trường không hợp lệ"))
                .body("errors.find { it.field == 'personId' }.message", equalTo("không được để trống"));
    }

    @Test
    void shouldListTheAllowedValuesAndTheDateFormatInVietnamese() {
        given().header("Accept-Language", "vi").contentType(ContentType.JSON)
                .body(Map.of("personId", UUID.randomUUID().toString(), "kind", "PROMOTED"))
                .when().post(Appointments.PATH).then().statusCode(400)
                .body("errors.message", hasItem(containsString("phải là một trong các giá trị APPOINTED")));
        given().header("Accept-Language", "vi").contentType(ContentType.JSON)
                .body(Map.of("personId", UUID.randomUUID().toString(), "startDate", "01/07/2025"))
                .when().post(Appointments.PATH).then().statusCode(400)
                .body("errors.message", hasItem(containsString("YYYY-MM-DD")));
    }

    @Test
    void shouldSayNotFoundInVietnameseAndKeepEnglishForOthers() {
        String missing = UUID.randomUUID().toString();
        given().header("Accept-Language", "vi").when().get(Appointments.PATH + "/" + missing).then().statusCode(404)
                .body("detail", containsString("Không tìm thấy"));
        given().when().get(Appointments.PATH + "/" + missing).then().statusCode(404)
                .body("detail", containsString("No appointment"));
    }

    @Test
    void shouldListTheAllowedValuesOfAWrongEnumInEnglishToo() {
        given().contentType(ContentType.JSON).body(Map.of("personId", UUID.randomUUID().toString(), "kind", "PROMOTED"))
                .when().post(Appointments.PATH).then().statusCode(400)
                .body("errors.find { it.field == 'kind' }.message", containsString("must be one of APPOINTED, ELECTED"));
    }

    @Test
    void shouldNameThePersonTheFormAndTheLastBarredDayInVietnamese() {
        UUID unit = OrgUnits.unit(null, "Sở Nội vụ");
        String person = Members.person("Đinh", "Văn", "Khải");
        Appointments.started(Appointments.request(person, unit, "APPOINTED", LocalDate.of(2024, 3, 1)));
        Disciplines.decide(Disciplines.request(person, "CIVIL_SERVICE", "REPRIMAND", LocalDate.of(2026, 1, 5), unit))
                .statusCode(201);
        Map<String, Object> equal = Appointments.request(person, unit, "APPOINTED", LocalDate.of(2026, 6, 1));
        equal.put("postLevel", "EQUAL");

        given().header("Accept-Language", "vi").header(Tokens.as("ban-to-chuc")).contentType(ContentType.JSON)
                .body(equal)
                .when().post(Appointments.PATH).then().statusCode(409)
                .body("title", equalTo("Xung đột dữ liệu"))
                .body("detail", containsString("Đinh Văn Khải bị kỷ luật công chức khiển trách"))
                .body("detail", containsString("chưa được bổ nhiệm vào chức vụ tương đương (hoặc bổ nhiệm lại) "
                        + "đến hết ngày 09/01/2027"))
                .body("detail", not(containsString(person)));
    }

    @Test
    void shouldSayWhenTheProbationEndsInVietnameseWithTheMembersName() {
        UUID cell = OrgUnits.unit(null, "Chi bộ thôn Yên Thần");
        String person = Members.person("Lý", "Thị", "Hằng");
        String id = Members.admit(Members.admission(person, cell, LocalDate.now().minusMonths(2))).statusCode(201)
                .extract().path("id");

        given().header("Accept-Language", "vi").header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .header(Tokens.as("to-chuc-dang")).body(Map.of()).when()
                .post(Members.PATH + "/" + id + "/recognition").then().statusCode(422)
                .body("detail", containsString("Thời gian dự bị của Lý Thị Hằng kéo dài đến hết ngày "
                        + VietnameseText.date(LocalDate.now().minusMonths(2).plusYears(1).minusDays(1))));
    }

    @Test
    void shouldWriteAFieldsRuleInVietnameseWithTheDateDayMonthYear() {
        UUID unit = OrgUnits.unit(null, "Sở Tài chính");
        String person = Members.person("Tô", "Văn", "Lâm");
        Map<String, Object> request = Appointments.request(person, unit, "APPOINTED", LocalDate.of(2025, 3, 1));
        request.put("plannedEndDate", "2025-02-01");

        given().header("Accept-Language", "vi").header(Tokens.as("ban-to-chuc")).contentType(ContentType.JSON)
                .body(request)
                .when().post(Appointments.PATH).then().statusCode(400)
                .body("errors.find { it.field == 'plannedEndDate' }.message", equalTo("phải sau startDate 01/03/2025"));
    }

    @Test
    void shouldHaveEveryProblemTextInBothLanguages() {
        assertThat(ProblemCatalog.inconsistencies()).isEmpty();
    }

    @Test
    void shouldLabelEnumValuesInVietnameseInTheApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("REPRIMAND — khiển trách"))
                .body(containsString("PROBATIONARY — dự bị"));
    }
}
