package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;

/** The person list filtered by party membership, by the position held today and by last year's rating. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "cadre"))
class PersonFilterTest {

    @Test
    void shouldFindProbationaryMembersHoldersOfAPositionAndThoseRatedExcellent() {
        // Names hold letters only: a random run of them keeps this test's persons apart from the others'.
        String marker = "Lọc" + new java.util.Random().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        UUID cell = OrgUnits.unit(null, "Chi bộ lọc " + marker);
        String member = Members.person("Đỗ", "Văn", marker + "an");
        String holder = Members.person("Đỗ", "Văn", marker + "bình");
        String rated = Members.person("Đỗ", "Văn", marker + "cường");
        Members.admit(Members.admission(member, cell, LocalDate.now().minusMonths(2))).statusCode(201);
        Map<String, Object> appointment = Appointments.request(holder, cell, "APPOINTED", LocalDate.of(2021, 1, 4));
        Appointments.started(appointment);
        int lastYear = LocalDate.now().getYear() - 1;
        given().contentType(ContentType.JSON).header(Tokens.as("chi-uy")).body(Map.of("personId", rated,
                "year", lastYear, "rating", "EXCELLENT", "orgUnitId", cell.toString())).when()
                .post("/api/v1/quality-ratings").then().statusCode(201);

        given().queryParam("q", marker).queryParam("membershipStage", "probationary").when().get("/api/v1/persons")
                .then().statusCode(200).body("items.id", contains(member));
        given().queryParam("q", marker).queryParam("positionId", appointment.get("positionId")).when()
                .get("/api/v1/persons").then().statusCode(200).body("items.id", contains(holder));
        given().queryParam("q", marker).queryParam("rating", "EXCELLENT").when().get("/api/v1/persons")
                .then().statusCode(200).body("items.id", contains(rated));
        given().queryParam("q", marker).queryParam("rating", "EXCELLENT").queryParam("ratingYear", lastYear - 1)
                .when().get("/api/v1/persons").then().statusCode(200).body("items.id", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldRefuseUnknownFilterValues() {
        given().queryParam("membershipStage", "HONORARY").when().get("/api/v1/persons").then().statusCode(400)
                .body("errors.field", hasItem("membershipStage"));
        given().queryParam("positionId", "seat-1").when().get("/api/v1/persons").then().statusCode(400)
                .body("errors.field", hasItem("positionId"));
        given().queryParam("rating", "SPLENDID").when().get("/api/v1/persons").then().statusCode(400)
                .body("errors.field", hasItem("rating"));
        given().queryParam("rating", "GOOD").queryParam("ratingYear", "1800").when().get("/api/v1/persons")
                .then().statusCode(400).body("errors.field", hasItem("ratingYear"));
    }
}
