package vn.tochuc.gateway.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.tochuc.gateway.support.FakeUpstreams;

/** task-service is stopped (its port refuses), then comes back: the breaker opens, then closes again. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
@TestProfile(CircuitBreakerRouteTest.QuickBreaker.class)
class CircuitBreakerRouteTest {

    public static class QuickBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tochuc.gateway.breaker.failure-threshold", "3",
                    "tochuc.gateway.breaker.open-for", "2s",
                    "tochuc.gateway.routes.task-service.timeout", "20s");
        }
    }

    @Test
    void shouldAnswer503WithinTheTimeoutOpenTheBreakerAndCloseItWhenTheServiceIsBack() throws Exception {
        // The first call through a fresh gateway pays for class loading and the token's verification.
        given().when().get("/api/v1/terms").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            given().when().get("/api/v1/tasks/1").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("detail", containsString("task-service is not reachable"));
            // A stopped service refuses at once: the caller does not wait out task-service's 20 s timeout.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        }
        given().when().get("/api/v1/tasks/1").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("2"))
                .body("detail", containsString("failed several calls in a row"));

        int port = URI.create(ConfigProvider.getConfig()
                .getValue("tochuc.gateway.routes.task-service.url", String.class)).getPort();
        Vertx vertx = Vertx.vertx();
        try {
            HttpServer back = vertx.createHttpServer()
                    .requestHandler(request -> request.response().putHeader("Content-Type", "application/json")
                            .end("{\"service\":\"task-service\"}"))
                    .listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(back.actualPort()).isEqualTo(port);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    given().when().get("/api/v1/tasks/1").then().statusCode(200)
                            .body("service", equalTo("task-service")));
            given().when().get("/api/v1/tasks/2").then().statusCode(200);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
