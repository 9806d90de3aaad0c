package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.platform.event.OutboxEvent;

/** Bad input is answered with a 4xx problem+json that says what to fix, and writes nothing. */
@QuarkusTest
class OrgUnitBadInputTest {

    private long unitsBefore;
    private long eventsBefore;

    @BeforeEach
    void countRows() {
        unitsBefore = OrgUnit.count();
        eventsBefore = OutboxEvent.count();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(OrgUnit.count()).as("org units written").isEqualTo(unitsBefore);
        assertThat(OutboxEvent.count()).as("events written").isEqualTo(eventsBefore);
    }

    @Test
    void shouldRejectMalformedJson() {
        postRaw("{\"code\": \"X1\", \"name\": ").statusCode(400)
                .body("type", containsString("malformed-json"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void shouldRejectAnEmptyBody() {
        postRaw("").statusCode(400).body("status", equalTo(400));
    }

    @Test
    void shouldRejectAJsonArrayInsteadOfAnObject() {
        postRaw("[1, 2]").statusCode(400).body("status", equalTo(400));
    }

    @Test
    void shouldNameEveryMissingField() {
        post(Map.of("shortName", "X")).statusCode(400)
                .body("type", containsString("validation-failed"))
                .body("errors.field", hasItems("code", "name", "kind"));
    }

    @Test
    void shouldRejectBlankAndOversizedFields() {
        post(Map.of("code", "X-1", "name", "a".repeat(301), "kind", "OFFICE", "shortName", " ".repeat(3)))
                .statusCode(400).body("errors.field", hasItem("name"));
        post(Map.of("code", "   ", "name", "Văn phòng", "kind", "OFFICE"))
                .statusCode(400).body("errors.field", hasItem("code"));
        post(Map.of("code", "X".repeat(51), "name", "Văn phòng", "kind", "OFFICE"))
                .statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    void shouldRejectAHugeBody() {
        postRaw("{\"code\":\"X\",\"name\":\"" + "a".repeat(2_000_000) + "\",\"kind\":\"OFFICE\"}")
                .statusCode(413);
    }

    @Test
    void shouldRejectWrongTypes() {
        post(Map.of("code", "X-2", "name", "Văn phòng", "kind", "OFFICE", "parentId", "not-a-uuid"))
                .statusCode(400).body("errors.field", hasItem("parentId"));
        post(Map.of("code", "X-3", "name", "Văn phòng", "kind", "OFFICE", "validFrom", "2024-02-30"))
                .statusCode(400).body("errors.field", hasItem("validFrom"));
        post(Map.of("code", Map.of("nested", true), "name", "Văn phòng", "kind", "OFFICE"))
                .statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    void shouldRejectADateBeforeThePartyExisted() {
        post(Map.of("code", "X-4", "name", "Văn phòng", "kind", "OFFICE", "validFrom", "1900-01-01"))
                .statusCode(400).body("errors.field", hasItem("validFrom"));
    }

    @Test
    void shouldRejectAnUnknownKind() {
        post(Map.of("code", "X-6", "name", "Chi bộ", "kind", "NO_SUCH_KIND"))
                .statusCode(422).body("type", containsString("unknown-kind"));
    }

    @Test
    void shouldRejectAnUnknownParent() {
        post(Map.of("code", "X-5", "name", "Chi bộ", "kind", "GRASSROOTS_PARTY_CELL",
                "parentId", "00000000-0000-0000-0000-000000000001"))
                .statusCode(422).body("type", containsString("unknown-unit")).body("detail", containsString("parentId"));
    }

    @Test
    void shouldRejectADuplicateCodeInAnyCase() {
        String code = OrgUnits.uniqueCode();
        OrgUnits.post(Map.of("code", code, "name", "Văn phòng Tỉnh ủy", "kind", "OFFICE")).statusCode(201);
        unitsBefore++;
        eventsBefore++;
        post(Map.of("code", code.toLowerCase(), "name", "Văn phòng khác", "kind", "OFFICE"))
                .statusCode(409).body("type", containsString("duplicate-code"));
    }

    @Test
    void shouldRejectAWrongContentType() {
        given().contentType(ContentType.TEXT).body("code=X").when().post("/api/v1/org-units")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerUnknownRoutesAndMethodsWithProblems() {
        given().when().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("requestId", notNullValue());
        given().when().delete("/api/v1/org-units").then().statusCode(405)
                .contentType("application/problem+json");
        given().when().get("/api/v1/org-units/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/org-units/00000000-0000-0000-0000-000000000002").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("No org unit"));
    }

    @Test
    void shouldRejectABadPageRequest() {
        given().queryParam("limit", 0).when().get("/api/v1/org-units").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().queryParam("pageToken", "garbage!").when().get("/api/v1/org-units").then().statusCode(400)
                .body("errors.field", hasItem("pageToken"));
        given().queryParam("limit", "many").when().get("/api/v1/org-units").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().queryParam("asOf", "2025-13-01").when().get("/api/v1/org-units").then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void shouldEchoTheRequestIdAndAnswerInVietnameseWhenAsked() {
        given().header("X-Request-Id", "abc-123").header("Accept-Language", "vi-VN")
                .contentType(ContentType.JSON).body("{}").when().post("/api/v1/org-units")
                .then().statusCode(400)
                .header("X-Request-Id", "abc-123")
                .body("requestId", equalTo("abc-123"))
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("detail", not(containsString("Exception")));
    }

    private static ValidatableResponse post(Object body) {
        return OrgUnits.post(body).contentType("application/problem+json");
    }

    private static ValidatableResponse postRaw(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/org-units")
                .then().contentType("application/problem+json");
    }
}
