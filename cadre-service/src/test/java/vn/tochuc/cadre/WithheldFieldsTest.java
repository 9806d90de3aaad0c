package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A caller who was not shown a CV's sensitive fields cannot overwrite them by saving the CV it read. */
@QuarkusTest
class WithheldFieldsTest {

    private static final String ADMIN = Tokens.scoped("quan-tri@tinh", List.of(), "administrator");

    @Test
    void shouldKeepTheSensitiveFieldsWhenAnAdministratorSavesTheCvItRead() {
        Map<String, Object> cv = Persons.cv("Lê", "Thị", "Hạnh");
        cv.put("religionCode", "01");
        String id = Persons.create(cv);

        ExtractableResponse<Response> read = given().header("Authorization", ADMIN).when()
                .get(Persons.PATH + "/" + id).then().statusCode(200).body("withheld", hasItem("nationalId"))
                .extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put("itLevel", "Trung cấp CNTT");
        given().header("Authorization", ADMIN).header("If-Match", read.header("ETag"))
                .contentType(ContentType.JSON).body(body).when().put(Persons.PATH + "/" + id).then()
                .statusCode(200).body("itLevel", equalTo("Trung cấp CNTT"));

        given().when().get(Persons.PATH + "/" + id).then().statusCode(200)
                .body("nationalId", equalTo(cv.get("nationalId"))).body("ethnicityCode", equalTo("01"))
                .body("religionCode", equalTo("01")).body("familyMembers.fullName", contains("Nguyễn Văn Thành"))
                .body("itLevel", equalTo("Trung cấp CNTT"));
    }

    @Test
    void shouldRefuseAValueForAFieldTheCallerCannotSee() {
        Map<String, Object> cv = Persons.cv("Lê", "Văn", "Quang");
        String id = Persons.create(cv);
        ExtractableResponse<Response> read = given().header("Authorization", ADMIN).when()
                .get(Persons.PATH + "/" + id).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put("nationalId", Persons.nationalId(true, 1975));
        body.put("religionCode", "02");

        given().header("Authorization", ADMIN).header("If-Match", read.header("ETag"))
                .contentType(ContentType.JSON).body(body).when().put(Persons.PATH + "/" + id).then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/withheld-field"))
                .body("errors.field", contains("nationalId", "religionCode"));

        given().when().get(Persons.PATH + "/" + id).then().statusCode(200).header("ETag", read.header("ETag"))
                .body("nationalId", equalTo(cv.get("nationalId"))).body("religionCode", equalTo("00"));
    }
}
