package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.Races;

/** Simultaneous identical appointments: the database keeps one, and the others are told why. */
@QuarkusTest
class AppointmentRaceTest {

    @Test
    void shouldCreateOnlyOneOfFourSimultaneousIdenticalAppointments() throws Exception {
        UUID unit = OrgUnits.unit(null, "Huyện ủy Sông Lô");
        for (int round = 0; round < 5; round++) {
            String person = Members.person("Đỗ", "Văn", "Lực");
            Map<String, Object> body = Appointments.request(person, unit, "APPOINTED", LocalDate.of(2025, 7, 1));

            List<Response> answers = Races.run(4, () -> given().contentType(ContentType.JSON)
                    .header(Tokens.as("ban-to-chuc")).body(body).when().post(Appointments.PATH));

            assertThat(answers).extracting(Response::statusCode).as("round %d", round)
                    .containsExactlyInAnyOrder(201, 409, 409, 409);
            answers.stream().filter(a -> a.statusCode() == 409).forEach(a -> {
                assertThat(a.contentType()).startsWith("application/problem+json");
                assertThat(a.jsonPath().getString("detail")).isNotBlank();
            });
            given().queryParam("personId", person).when().get(Appointments.PATH).then().statusCode(200)
                    .body("items", hasSize(1));
        }
    }
}
