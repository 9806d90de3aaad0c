package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.Position;
import vn.tochuc.platform.testing.Races;

/**
 * Identical writes sent at the same moment all pass the service's checks in Java; the database's unique index or
 * exclusion constraint keeps one, at insert or at commit, and the others hear 409 problem+json, never 500.
 * Positions are also serialized per unit and title before the check: two inserts that conflict under an exclusion
 * constraint can wait for each other until PostgreSQL's deadlock detector ends one (40P01, which would be a 503),
 * as CI saw on 1 December (three 503s in one round); more rounds here make that timing likelier to show up.
 */
@QuarkusTest
class ConcurrentWritesTest {

    @Test
    void shouldAddOnlyOneOfFourSimultaneousIdenticalPositionTitles() throws Exception {
        for (int round = 0; round < 3; round++) {
            String code = "RACE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Map<String, Object> title = Map.of("code", code, "nameVi", "Chức danh thử", "nameEn", "Test title");

            List<Response> answers = Races.run(4, () -> given().contentType(ContentType.JSON).body(title).when()
                    .post("/api/v1/position-titles"));

            assertOneCreatedAndTheOthersRefused(answers, round);
            given().when().get("/api/v1/position-titles/" + code).then().statusCode(200)
                    .body("nameVi", equalTo("Chức danh thử"));
        }
    }

    @Test
    void shouldCreateOnlyOneOfFourSimultaneousIdenticalPositions() throws Exception {
        for (int round = 0; round < 10; round++) {
            String unit = OrgUnits.create("Chi bộ tranh chấp " + round);
            Map<String, Object> position = Map.of("orgUnitId", unit, "titleCode", "CELL_SECRETARY", "seats", 1,
                    "managingBody", Positions.BODY, "validFrom", "2025-01-01");

            List<Response> answers = Races.run(4, () -> given().contentType(ContentType.JSON).body(position).when()
                    .post("/api/v1/positions"));

            assertOneCreatedAndTheOthersRefused(answers, round);
            assertThat(Position.count("orgUnitId", UUID.fromString(unit))).isEqualTo(1);
        }
    }

    private static void assertOneCreatedAndTheOthersRefused(List<Response> answers, int round) {
        assertThat(answers).extracting(Response::statusCode).as("round %d", round)
                .containsExactlyInAnyOrder(201, 409, 409, 409);
        answers.stream().filter(a -> a.statusCode() == 409).forEach(a -> {
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.jsonPath().getString("detail")).isNotBlank();
        });
    }
}
