package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test discipline decisions and calls of the discipline API. */
final class Disciplines {

    static final String PATH = "/api/v1/disciplines";
    static final String TOPIC = "tochuc.cadre.discipline";

    private Disciplines() {
    }

    static Map<String, Object> request(String personId, String system, String form, LocalDate decided, UUID unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("system", system);
        body.put("form", form);
        body.put("decision", Map.of("number", "12-QĐ/UBKTTU", "date", decided.toString(),
                "issuer", "Ủy ban Kiểm tra Tỉnh ủy"));
        body.put("effectiveOn", decided.plusDays(5).toString());
        body.put("reason", "Vi phạm quy định về những điều đảng viên không được làm");
        if (unit != null) {
            body.put("orgUnitId", unit.toString());
        }
        return body;
    }

    static ValidatableResponse decide(Object body) {
        return given().contentType(ContentType.JSON).header(Tokens.as("uy-ban-kiem-tra")).body(body).when()
                .post(PATH).then();
    }

    /** A person admitted to the party two years ago (still probationary: nobody recognised them). */
    static String member(String surname, String middle, String given, UUID cell) {
        String person = Members.person(surname, middle, given);
        Members.admit(Members.admission(person, cell, LocalDate.now().minusYears(2))).statusCode(201);
        return person;
    }
}
