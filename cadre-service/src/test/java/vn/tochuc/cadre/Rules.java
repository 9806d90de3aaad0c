package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import vn.tochuc.platform.testing.TestTokens;

/** Calls of cadre-service's rules API (platform-rules). */
final class Rules {

    static final String PATH = "/api/v1/rules/cadre";
    static final String TOPIC = "tochuc.cadre.rule";

    private Rules() {
    }

    static String administrator() {
        return TestTokens.bearer(TestTokens.token("quan-tri", List.of(), "administrator"));
    }

    /** The rule's current ETag. */
    static String etag(String rule) {
        return given().when().get(PATH + "/" + rule).then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> version(String validFrom, Object values) {
        return Map.of("validFrom", validFrom, "basis", Map.of("document", "99-QĐ/TW", "issuedOn", validFrom,
                "article", "Điều 3"), "toConfirm", false, "note", "test version", "values", values);
    }

    static ValidatableResponse add(String rule, String ifMatch, Object body) {
        var request = given().contentType(ContentType.JSON).header("Authorization", administrator()).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(PATH + "/" + rule + "/versions").then();
    }
}
