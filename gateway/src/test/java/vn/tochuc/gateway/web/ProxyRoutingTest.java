package vn.tochuc.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.tochuc.gateway.support.FakeUpstreams;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class ProxyRoutingTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldKeepPathAndQueryStringUnchanged() throws Exception {
        // java.net.http sends the URI as written; RestAssured would regroup the repeated parameter.
        String uri = "/api/v1/org-units/a%2Fb/children?page=2&q=H%C3%A0%20N%E1%BB%99i&empty=&q=again+x";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + uri))
                        .header("Authorization", vn.tochuc.platform.testing.TestTokens.bearer(
                                vn.tochuc.platform.testing.TestTokens.boardOfficer())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject seen = new JsonObject(response.body());
        assertThat(seen.getString("service")).isEqualTo("org-service");
        assertThat(seen.getString("uri")).isEqualTo(uri);
    }

    @Test
    void shouldForwardMethodAndJsonBody() {
        String json = "{\"fullName\":\"Nguyễn Văn A\",\"unitId\":42}";
        given().contentType("application/json; charset=UTF-8").body(json)
                .when().post("/api/v1/cadres")
                .then().statusCode(200)
                .body("service", equalTo("cadre-service"))
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/cadres"))
                .body("body", equalTo(json))
                .body("headers.'content-type'[0]", startsWith("application/json"));
    }

    @Test
    void shouldForwardAnIncomingRequestIdToTheUpstreamAndEchoIt() {
        given().header("X-Request-Id", "mobile-7f3a.1_x")
                .when().get("/api/v1/positions/3")
                .then().statusCode(200)
                .header("X-Request-Id", "mobile-7f3a.1_x")
                .body("headers.'x-request-id'", equalTo(java.util.List.of("mobile-7f3a.1_x")));
    }

    @Test
    void shouldCreateARequestIdWhenTheCallHasNoneAndForwardIt() {
        Response response = given().when().get("/api/v1/persons/9");
        response.then().statusCode(200);
        String id = response.header("X-Request-Id");
        assertThat(id).matches(UUID_PATTERN);
        assertThat(response.jsonPath().getList("headers.'x-request-id'")).containsExactly(id);
    }

    @Test
    void shouldReplaceARequestIdThatIsNotSane() {
        Response response = given().header("X-Request-Id", "bad id <script>").when().get("/api/v1/persons/9");
        response.then().statusCode(200);
        assertThat(response.header("X-Request-Id")).matches(UUID_PATTERN);
        assertThat(response.jsonPath().getList("headers.'x-request-id'")).containsExactly(response.header("X-Request-Id"));
    }

    @Test
    void shouldNotLetAnUntrustedPeerSpoofWhoCalledThroughForwardedHeaders() {
        given().header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").header("Forwarded", "for=203.0.113.7;host=evil.example")
                .when().get("/api/v1/terms")
                .then().statusCode(200)
                .body("headers.'x-forwarded-for'", equalTo(java.util.List.of("127.0.0.1")))
                .body("headers.'x-forwarded-host'[0]", equalTo("localhost:" + RestAssured.port))
                .body("headers.'x-forwarded-proto'[0]", equalTo("http"))
                .body("headers", not(hasKey("forwarded")));
    }

    @Test
    void shouldForwardTheCallersTokenOnlyToRoutesConfiguredForIt() {
        given().when().get("/api/v1/terms")
                .then().statusCode(200).body("headers", hasKey("authorization"));
        given().when().get("/api/v1/cadres")
                .then().statusCode(200).body("headers", not(hasKey("authorization")));
    }

    @Test
    void shouldCompressAnAnswerWithGzipOrBrotliWhenTheCallerAsks() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String encoding : java.util.List.of("gzip", "br")) {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + RestAssured.port + "/api/v1/terms?padding="
                                    + "x".repeat(2000)))
                    .header("Authorization", vn.tochuc.platform.testing.TestTokens.bearer(
                            vn.tochuc.platform.testing.TestTokens.boardOfficer()))
                    .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Encoding")).hasValue(encoding);
            assertThat(answer.body().length).isLessThan(2000);
        }
    }

    @Test
    void shouldTellTheUpstreamWhoCalledThroughForwardedHeaders() {
        given().when().get("/api/v1/terms")
                .then().statusCode(200)
                .body("headers.'x-forwarded-for'[0]", equalTo("127.0.0.1"))
                .body("headers.'x-forwarded-proto'[0]", equalTo("http"))
                .body("headers.'x-forwarded-host'[0]", equalTo("localhost:" + RestAssured.port));
    }

    @Test
    void shouldNotForwardHopByHopHeaders() {
        given().header("Connection", "keep-alive, X-Next-Hop-Only")
                .header("X-Next-Hop-Only", "secret")
                .header("Keep-Alive", "timeout=5")
                .header("Proxy-Authorization", "Basic Zm9vOmJhcg==")
                .header("Proxy-Anything", "1")
                .header("TE", "trailers")
                .header("X-End-To-End", "kept")
                .when().get("/api/v1/regulations")
                .then().statusCode(200)
                .body("headers", allOf(not(hasKey("x-next-hop-only")), not(hasKey("keep-alive")),
                        not(hasKey("proxy-authorization")), not(hasKey("proxy-anything")), not(hasKey("te"))))
                .body("headers.'x-end-to-end'[0]", equalTo("kept"));
    }

    @Test
    void shouldRouteByTheLongestPrefixAndOnlyAtAPathBoundary() {
        given().when().get("/api/v1/tasksX")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("/api/v1/tasks"));
        given().when().get("/api/v1/org-unit-kinds/1")
                .then().statusCode(200).body("service", equalTo("org-service"));
    }

    @Test
    void shouldAnswerAnUnknownPathWithProblemJsonCarryingTheRequestId() {
        given().header("X-Request-Id", "trace-404")
                .when().get("/nothing/here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "trace-404")
                .body("type", equalTo("https://tochuc.vn/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/nothing/here"))
                .body("requestId", equalTo("trace-404"))
                .body("detail", allOf(containsString("/nothing/here"), containsString("/api/v1/cadres"),
                        containsString("/q/swagger-ui")));
    }

    @Test
    void shouldTitleProblemsInVietnameseWhenTheCallerAsks() {
        given().header("Accept-Language", "vi-VN,vi;q=0.9")
                .when().get("/nothing/here")
                .then().statusCode(404)
                .body("title", equalTo("Không tìm thấy"));
    }

    @Test
    void shouldAnswer503NamingTheServiceWhenItRefusesConnections() {
        Response response = given().when().get("/api/v1/tasks/5");
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("title", equalTo("Service unavailable"))
                .body("type", equalTo("https://tochuc.vn/problems/service-unavailable"))
                .body("detail", containsString("task-service"))
                .body("instance", equalTo("/api/v1/tasks/5"));
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheServiceGoesAwayBeforeAnswering() {
        given().contentType("application/json").body("{\"code\":\"X\"}")
                .when().post("/api/v1/org-units/1/crash")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://tochuc.vn/problems/service-unavailable"))
                .body("detail", containsString("org-service went away while handling POST /api/v1/org-units/1/crash"))
                .body("detail", containsString("may or may not have been applied"));
    }

    @Test
    void shouldAnswer504WhenTheServiceDoesNotAnswerInTime() {
        given().when().get("/api/v1/org-units/1/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("title", equalTo("Gateway timeout"))
                .body("detail", containsString("org-service"));
    }

    @Test
    void shouldReturnTheUpstreamStatusHeadersAndBodyUnchanged() {
        given().header("If-Match", "\"v6\"").contentType("application/json").body("{\"name\":\"x\"}")
                .when().put("/api/v1/org-units/7/versioned")
                .then().statusCode(412)
                .header("ETag", "\"v7\"")
                .header("X-Upstream-Trace", "trace-412")
                .contentType("application/problem+json")
                .body("title", equalTo("Precondition failed"))
                .body("$", not(hasKey("requestId")));
    }
}
