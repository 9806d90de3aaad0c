package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

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
}
