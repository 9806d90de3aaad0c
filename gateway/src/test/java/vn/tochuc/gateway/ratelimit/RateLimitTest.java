package vn.tochuc.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.gateway.support.FakeUpstream;
import vn.tochuc.gateway.support.FakeUpstreams;
import vn.tochuc.platform.testing.TestTokens;

/** Limits per caller and route class, counted in the real Redis under this run's own key prefix. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "tochuc.gateway.rate-limit.classes.reads.capacity", "3",
                    // One token back every 20 s: slow enough that a loaded machine's slow calls do not refill the
                    // bucket between them, quick enough for the recovery test.
                    "tochuc.gateway.rate-limit.classes.reads.period", "60s",
                    "tochuc.gateway.rate-limit.classes.writes.capacity", "2",
                    "tochuc.gateway.rate-limit.classes.writes.period", "1M");
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterAndRateLimitHeadersToACallerOverItsLimit() {
        String caller = TestTokens.bearer(TestTokens.token("busy-" + System.nanoTime(), List.of(), "board-officer"));
        given().header("Authorization", caller).when().get("/api/v1/terms").then().statusCode(200)
                .header("RateLimit-Policy", "\"reads\";q=3;w=60")
                .header("RateLimit", "\"reads\";r=2;t=20");
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", caller).when().get("/api/v1/terms").then().statusCode(200)
                    .header("RateLimit", matchesPattern("\"reads\";r=[0-2];t=[0-9]+"));
        }
        int before = FakeUpstream.callsTo("org-service");
        Response refused = given().header("Authorization", caller).when().get("/api/v1/terms");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9]|1[0-9]|20"))
                .header("RateLimit", matchesPattern("\"reads\";r=0;t=(4[1-9]|5[0-9]|60)"))
                .header("RateLimit-Policy", "\"reads\";q=3;w=60")
                .body("title", equalTo("Too many requests"))
                .body("detail", containsString("at most 3 per 60 s"));
        assertThat(FakeUpstream.callsTo("org-service")).isEqualTo(before);
    }

    @Test
    void shouldNotLimitAnotherCallerWhenOneIsOverItsLimit() {
        String busy = TestTokens.bearer(TestTokens.token("busy-" + System.nanoTime(), List.of(), "board-officer"));
        String other = TestTokens.bearer(TestTokens.token("calm-" + System.nanoTime(), List.of(), "board-officer"));
        for (int i = 0; i < 4; i++) {
            given().header("Authorization", busy).when().get("/api/v1/terms");
        }
        given().header("Authorization", busy).when().get("/api/v1/terms").then().statusCode(429);
        given().header("Authorization", other).when().get("/api/v1/terms").then().statusCode(200);
    }

    @Test
    void shouldCountWritesApartFromReads() {
        String caller = TestTokens.bearer(TestTokens.token("writer-" + System.nanoTime(), List.of(), "board-officer"));
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", caller).when().get("/api/v1/terms").then().statusCode(200);
        }
        given().header("Authorization", caller).contentType("application/json").body("{}")
                .when().post("/api/v1/terms").then().statusCode(200)
                .header("RateLimit-Policy", "\"writes\";q=2;w=60");
    }

    @Test
    void shouldLetACallerInAgainOnceItsBucketRefilled() {
        String caller = TestTokens.bearer(TestTokens.token("patient-" + System.nanoTime(), List.of(), "board-officer"));
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", caller).when().get("/api/v1/terms").then().statusCode(200);
        }
        given().header("Authorization", caller).when().get("/api/v1/terms").then().statusCode(429);
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                given().header("Authorization", caller).when().get("/api/v1/terms").then().statusCode(200));
    }
}
