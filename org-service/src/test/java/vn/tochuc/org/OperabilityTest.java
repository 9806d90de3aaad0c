package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators and integrators rely on: readiness that checks the database and Kafka, metrics, API docs. */
@QuarkusTest
class OperabilityTest {

    @Test
    void shouldBeReadyOnlyWithItsDatabaseAndKafkaChecked() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void shouldExposeTheOutboxBacklogAsAPrometheusMetric() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("tochuc_outbox_backlog"))
                .body(containsString("tochuc_outbox_oldest_unsent_age_seconds"));
    }

    @Test
    void shouldDescribeEveryOperationAndItsErrorsInTheOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/org-units'.post.summary", equalTo("Establish an org unit"))
                .body("paths.'/api/v1/org-units'.post.responses.keySet()", hasItems("201", "400", "409", "415", "422"))
                .body("paths.'/api/v1/org-units/{id}'.get.responses.keySet()", hasItems("200", "304", "404"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
