package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated API document describes every operation with a summary and its error answers. */
@QuarkusTest
class OpenApiTest {

    @Test
    void shouldOfferABearerTokenSchemeSoSwaggerUiCanAuthorize() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void shouldDescribeEveryOperationWithASummaryAndItsErrors() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().path("paths");
        assertThat(paths).containsKeys("/api/v1/persons", "/api/v1/persons/{id}", "/api/v1/persons/{id}/audit",
                "/api/v1/cadres/reference-data/{list}", "/api/v1/party-members",
                "/api/v1/party-members/{id}/recognition", "/api/v1/appointments", "/api/v1/appointments/{id}/ending",
                "/api/v1/appointments/flagged", "/api/v1/disciplines", "/api/v1/quality-ratings/report",
                "/api/v1/party-members/awaiting-placement", "/api/v1/plannings", "/api/v1/plannings/{id}",
                "/api/v1/plannings/{id}/removal", "/api/v1/plannings/coverage",
                "/api/v1/policy-cases", "/api/v1/policy-cases/{id}", "/api/v1/policy-cases/{id}/steps");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            assertThat(operation).as("%s %s", method, path).containsKey("summary");
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses.keySet()).as("responses of %s %s", method, path).contains("500");
        }));
    }
}
