package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.TestTokens;

/** org-service checks tokens itself: every role reads the structure, only the provincial Board changes it. */
@QuarkusTest
class OrgAccessTest {

    @Test
    void shouldRefuseACallWithoutATokenAsProblemJson() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/api/v1/org-units?q=tinh")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void shouldLetAUnitOfficerReadTheTreeButNotChangeIt() {
        String id = OrgUnits.create("Chi bộ Phòng Tổ chức");
        String officer = TestTokens.bearer(TestTokens.token("to-chuc@tamduong", List.of(UUID.fromString(id)),
                "unit-officer"));
        Map<String, Object> unit = Map.of("code", OrgUnits.uniqueCode(), "name", "Chi bộ mới",
                "kind", "GRASSROOTS_PARTY_CELL", "validFrom", "2025-01-01");

        given().header("Authorization", officer).when().get("/api/v1/org-units/" + id).then().statusCode(200);
        given().header("Authorization", officer).contentType(ContentType.JSON).body(unit).when()
                .post("/api/v1/org-units").then().statusCode(403).body("type", endsWith("/forbidden"));
        given().header("Authorization", TestTokens.bearer(TestTokens.expired("someone", "board-officer")))
                .when().get("/api/v1/org-units/" + id).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(TestTokens.token("admin", List.of(), "administrator")))
                .contentType(ContentType.JSON).body(unit).when().post("/api/v1/org-units").then().statusCode(201);
    }

    @Test
    void shouldRefuseATokenIssuedForAnotherAudience() {
        given().header("Authorization", TestTokens.bearer(
                        TestTokens.forAudience("another-provincial-system", "elsewhere", "board-officer")))
                .when().get("/api/v1/org-units?q=tinh").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenOlderThanTheMaximumAgeThoughNotExpired() {
        given().header("Authorization", TestTokens.bearer(
                        TestTokens.issuedAgo(java.time.Duration.ofHours(13), "old", "board-officer")))
                .when().get("/api/v1/org-units?q=tinh").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(
                        TestTokens.issuedAgo(java.time.Duration.ofHours(11), "recent", "board-officer")))
                .when().get("/api/v1/org-units?q=tinh").then().statusCode(200);
    }
}
