package vn.tochuc.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tochuc.gateway.support.FakeUpstreams;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class CombinedOpenApiTest {

    @Test
    void shouldMergeThePathsAndComponentsOfEveryServiceThatAnswers() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("ToChuc API"))
                .body("servers[0].url", equalTo("/"))
                .body("paths", hasKey("/api/v1/org-units"))
                .body("paths", hasKey("/api/v1/cadres"))
                .body("components.schemas", hasKey("OrgUnit"))
                .body("components.schemas", hasKey("Cadre"))
                // Documents merge in service-name order, so cadre-service's differing "Problem" is the one kept.
                .body("components.schemas.Problem.description", equalTo("cadre"));
    }

    @Test
    void shouldLeaveAServiceThatIsDownOutOfTheMergeAndSaySo() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .header("X-ToChuc-Unavailable-Services", "task-service")
                .body("'x-tochuc-services'.unavailable[0].service", equalTo("task-service"))
                .body("'x-tochuc-services'.included", equalTo(java.util.List.of("cadre-service", "org-service")))
                .body("info.description", containsString("task-service"));
    }

    @Test
    void shouldServeOneServiceDocumentAsTheServiceWroteIt() {
        given().when().get("/openapi/org-service")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("org"))
                .body("paths", hasKey("/api/v1/org-units"))
                .body("paths", not(hasKey("/api/v1/cadres")));
    }

    @Test
    void shouldAnswerProblemJsonForTheDocumentOfAnUnknownService() {
        given().when().get("/openapi/nobody")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("org-service"));
    }

    @Test
    void shouldAnswer503ForTheDocumentOfAServiceThatIsDown() {
        given().when().get("/openapi/task-service")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("task-service"));
    }

    @Test
    void shouldServeTheSwaggerUi() {
        given().when().get("/q/swagger-ui")
                .then().statusCode(200)
                .contentType(containsString("text/html"));
    }
}
