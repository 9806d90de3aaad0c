package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.Position;
import vn.tochuc.org.domain.PositionVersion;
import vn.tochuc.platform.event.OutboxEvent;

/** Bad position input is a 4xx problem+json that says what to fix, and writes nothing. */
@QuarkusTest
class PositionBadInputTest {

    private static String unit;
    private static String position;
    private long positionsBefore;
    private long versionsBefore;
    private long eventsBefore;

    @BeforeEach
    void countRows() {
        if (unit == null) {
            // Units are created from 2020-01-01: the dates below are chosen around that.
            unit = OrgUnits.create("Chi bộ thử dữ liệu sai");
            position = Positions.create(unit, "CELL_SECRETARY", 1, "2025-01-01");
        }
        positionsBefore = Position.count();
        versionsBefore = PositionVersion.count();
        eventsBefore = OutboxEvent.count();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(Position.count()).as("positions written").isEqualTo(positionsBefore);
        assertThat(PositionVersion.count()).as("position versions written").isEqualTo(versionsBefore);
        assertThat(OutboxEvent.count()).as("events written").isEqualTo(eventsBefore);
    }

    @Test
    void shouldNameEveryMissingField() {
        Positions.post("/api/v1/positions", Map.of()).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("orgUnitId", "titleCode", "seats", "managingBody"));
    }

    @Test
    void shouldRejectASeatCountBelowOne() {
        Positions.post("/api/v1/positions", body("seats", 0)).statusCode(400)
                .body("errors.find { it.field == 'seats' }.message", containsString("at least 1"));
    }

    @Test
    void shouldRejectAnUnknownUnit() {
        Positions.post("/api/v1/positions", body("orgUnitId", "00000000-0000-0000-0000-000000000009"))
                .statusCode(422).body("type", containsString("unknown-unit"));
    }

    @Test
    void shouldRejectAUnitNotInEffectOnTheDate() {
        Positions.post("/api/v1/positions", body("validFrom", "2019-06-01")).statusCode(422)
                .body("type", containsString("unit-not-in-effect")).body("detail", containsString("2020-01-01"));
    }

    @Test
    void shouldRejectAnUnknownTitle() {
        Positions.post("/api/v1/positions", body("titleCode", "EMPEROR")).statusCode(422)
                .body("type", containsString("unknown-title")).body("detail", containsString("position-titles"));
    }

    @Test
    void shouldRejectASecondPositionOfTheSameTitleInTheUnit() {
        Positions.post("/api/v1/positions", body("titleCode", "CELL_SECRETARY")).statusCode(409)
                .body("type", containsString("duplicate-position")).body("detail", containsString(position));
    }

    @Test
    void shouldRejectMalformedDatesAndIds() {
        Positions.post("/api/v1/positions", body("validFrom", "2025-02-30")).statusCode(400)
                .body("errors.field", hasItem("validFrom"));
        Positions.post("/api/v1/positions", body("orgUnitId", "not-a-uuid")).statusCode(400)
                .body("errors.field", hasItem("orgUnitId"));
        given().queryParam("orgUnitId", "nope").when().get("/api/v1/positions").then().statusCode(400)
                .body("errors.field", hasItem("orgUnitId"));
        given().queryParam("pageToken", "garbage!").when().get("/api/v1/positions").then().statusCode(400)
                .body("errors.field", hasItem("pageToken"));
    }

    @Test
    void shouldRejectAChangeThatIsNotAfterTheLatestVersionOrChangesNothing() {
        Positions.write("PATCH", "/api/v1/positions/" + position, "\"0\"",
                Map.of("effectiveDate", "2024-12-31", "seats", 2)).statusCode(409)
                .body("type", containsString("change-not-after-latest"));
        Positions.write("PATCH", "/api/v1/positions/" + position, "\"0\"", Map.of("effectiveDate", "2026-01-01"))
                .statusCode(400).body("detail", containsString("seats"));
        Positions.write("PATCH", "/api/v1/positions/" + position, "\"0\"",
                Map.of("effectiveDate", "2026-01-01", "seats", -1)).statusCode(400)
                .body("errors.field", hasItem("seats"));
        Positions.write("POST", "/api/v1/positions/" + position + "/end", "\"0\"", Map.of("endDate", "2025-01-01"))
                .statusCode(409).body("type", containsString("change-not-after-latest"));
        Positions.write("POST", "/api/v1/positions/" + position + "/end", "\"0\"", Map.of()).statusCode(400)
                .body("errors.field", hasItem("endDate"));
    }

    @Test
    void shouldRejectTextTheDatabaseCannotStoreNamingTheField() {
        Positions.post("/api/v1/positions", body("titleCode", "\u0000")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("titleCode"))
                .body("errors.message", hasItem(containsString("U+0000")));
        Positions.post("/api/v1/positions", body("managingBody", "Ban Thường vụ\u0000")).statusCode(400)
                .body("errors.field", hasItem("managingBody"));
        given().queryParam("orgUnitId", unit).queryParam("pageToken", "\u0000").when().get("/api/v1/positions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("pageToken"));
        given().urlEncodingEnabled(false).when().get("/api/v1/position-titles/A%00B").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("path"));
    }

    @Test
    void shouldRejectAChangeThatNamesNoStrongVersion() {
        Positions.write("PATCH", "/api/v1/positions/" + position, "*",
                Map.of("effectiveDate", "2026-01-01", "seats", 2)).statusCode(428)
                .contentType("application/problem+json");
        Positions.write("PATCH", "/api/v1/positions/" + position, "W/\"0\"",
                Map.of("effectiveDate", "2026-01-01", "seats", 2)).statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAnUnknownPositionWithNotFound() {
        given().when().get("/api/v1/positions/00000000-0000-0000-0000-000000000003").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("No position"));
        Positions.write("PATCH", "/api/v1/positions/00000000-0000-0000-0000-000000000003", "\"0\"",
                Map.of("effectiveDate", "2026-01-01", "seats", 2)).statusCode(404);
    }

    private static Map<String, Object> body(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("orgUnitId", unit, "titleCode", "CELL_DEPUTY_SECRETARY",
                "seats", 1, "managingBody", Positions.BODY, "validFrom", "2025-01-01"));
        body.put(field, value);
        return body;
    }
}
