package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Test policy cases and calls of the policy-case API. */
final class PolicyCases {

    static final String PATH = "/api/v1/policy-cases";

    private PolicyCases() {
    }

    /** A case proposed on 2026-03-01 for the person to leave on 2026-07-01. */
    static Map<String, Object> request(String personId, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("kind", kind);
        body.put("legalBasis", "Điểm a khoản 1 Điều 2 Nghị định 178/2024/NĐ-CP");
        body.put("proposedDate", "2026-07-01");
        body.put("proposedOn", "2026-03-01");
        return body;
    }

    static ValidatableResponse propose(Object body) {
        return given().contentType(ContentType.JSON).header(Tokens.as("ban-to-chuc")).body(body).when().post(PATH)
                .then();
    }

    static String proposed(Object body) {
        return propose(body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse step(String id, long version, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .header(Tokens.as("ban-to-chuc")).body(body).when().post(PATH + "/" + id + "/steps").then();
    }

    static Map<String, Object> approval(String on) {
        return Map.of("status", "APPROVED", "on", on, "decision",
                Map.of("number", "88-QĐ/TU", "date", on, "issuer", "Ban Thường vụ Tỉnh ủy"));
    }

    static Map<String, Object> to(String status, String on) {
        return Map.of("status", status, "on", on);
    }
}
