package vn.tochuc.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tochuc.gateway.support.FakeUpstreams;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class ObservabilityTest {

    @Test
    void shouldBeReadyEvenWhileAServiceIsDown() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void shouldCountCallsPerRouteAndStatusClass() {
        double orgBefore = count("org-service", "2xx");
        double unmatchedBefore = count("unmatched", "4xx");
        given().when().get("/api/v1/staffing-quotas").then().statusCode(200);
        given().when().get("/api/v1/nothing").then().statusCode(404);
        // The timer is stopped when the answer has been written, which may be a moment after the client read it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(count("org-service", "2xx")).isEqualTo(orgBefore + 1);
            assertThat(count("unmatched", "4xx")).isEqualTo(unmatchedBefore + 1);
        });
    }

    @Test
    void shouldAllowConfiguredOriginsOnly() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/org-units/1")
                .then().header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("X-Request-Id", not(emptyOrNullString()));
        String refused = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/org-units/1")
                .header("Access-Control-Allow-Origin");
        assertThat(refused).isNull();
    }

    /** The count of tochuc_gateway_requests for one route and status class, 0 if the series does not exist yet. */
    private static double count(String route, String status) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^tochuc_gateway_requests_seconds_count\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        while (line.find()) {
            String labels = line.group(1);
            if (labels.contains("route=\"" + route + "\"") && labels.contains("status=\"" + status + "\"")) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
