package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test admissions and calls of the party-member API. */
final class Members {

    static final String PATH = "/api/v1/party-members";

    private Members() {
    }

    /** A person born on 2 September 1990, with no national ID (so any number of them can exist). */
    static String person(String surname, String middle, String given) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.remove("nationalId");
        cv.put("dateOfBirth", "1990-09-02");
        return Persons.create(cv);
    }

    static Map<String, Object> admission(String personId, UUID cell, LocalDate admittedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("cellId", cell.toString());
        body.put("admittedOn", admittedOn.toString());
        body.put("sponsors", List.of(Map.of("fullName", "Lương Đức Minh"), Map.of("fullName", "Trần Việt Cường")));
        body.put("recordNumber", "LL-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("decision", Map.of("number", "125-QĐ/ĐU", "date", admittedOn.toString(),
                "issuer", "Đảng ủy cơ quan Tỉnh ủy"));
        return body;
    }

    static ValidatableResponse admit(Object body) {
        return given().contentType(ContentType.JSON).header(Tokens.as("to-chuc-dang")).body(body).when().post(PATH)
                .then();
    }

    static ValidatableResponse step(String id, String step, long version, Object body) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .header(Tokens.as("to-chuc-dang")).body(body).when().post(PATH + "/" + id + "/" + step).then();
    }
}
