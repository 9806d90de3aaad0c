package vn.tochuc.org;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;

/** Test helpers that create units through the API, as a client would. */
final class OrgUnits {

    private OrgUnits() {
    }

    static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/org-units").then();
    }

    static String create(String name) {
        return post(Map.of("code", uniqueCode(), "name", name, "kind", "GRASSROOTS_PARTY_CELL",
                "validFrom", "2020-01-01")).statusCode(201).extract().path("id");
    }
}
