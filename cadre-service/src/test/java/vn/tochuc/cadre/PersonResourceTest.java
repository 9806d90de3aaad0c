package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recording, reading and correcting a CV: versions, duplicates and the audit trail. */
@QuarkusTest
class PersonResourceTest {

    @Test
    void shouldCreateACvAndAnswerWithItsLocationAndVersion() {
        Map<String, Object> cv = Persons.cv("Nguyễn", "Trung", "Hải");
        ExtractableResponse<Response> created = Persons.post(cv).statusCode(201)
                .header("ETag", "\"0\"")
                .body("birthName.surname", equalTo("Nguyễn"))
                .body("birthName.middleName", equalTo("Trung"))
                .body("birthName.givenName", equalTo("Hải"))
                .body("fullName", equalTo("Nguyễn Trung Hải"))
                .body("dateOfBirth", equalTo("1975-03-14"))
                .body("dateOfBirthPrecision", equalTo("DAY"))
                .body("birthplace.adminUnitCode", equalTo("26"))
                .body("ethnicityCode", equalTo("01"))
                .body("workHistory", hasSize(2))
                .body("workHistory[1].to", nullValue())
                .body("salaryHistory[0].coefficient", equalTo(5.08f))
                .body("familyMembers[0].fullName", equalTo("Nguyễn Văn Thành"))
                .body("warnings", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/persons/" + id);

        given().when().get(Persons.PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("nationalId", equalTo(cv.get("nationalId")))
                .body("training[0].institution", equalTo("Học viện Chính trị quốc gia Hồ Chí Minh"));
    }

    @Test
    void shouldKeepADateOfBirthKnownOnlyToTheYearOrMonth() {
        Map<String, Object> cv = Persons.cv("Lương", "Đức", "Minh");
        cv.put("dateOfBirth", "1958");
        cv.put("nationalId", Persons.nationalId(true, 1958));
        Persons.post(cv).statusCode(201).body("dateOfBirth", equalTo("1958"))
                .body("dateOfBirthPrecision", equalTo("YEAR"));
        Map<String, Object> other = Persons.cv("Trần", "Việt", "Cường");
        other.put("dateOfBirth", "1962-03");
        other.remove("nationalId");
        Persons.post(other).statusCode(201).body("dateOfBirth", equalTo("1962-03"))
                .body("dateOfBirthPrecision", equalTo("MONTH")).body("nationalId", nullValue());
    }

    @Test
    void shouldStoreANameTypedDecomposedInComposedForm() {
        Map<String, Object> cv = Persons.cv(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD), "Thanh",
                Normalizer.normalize("Tùng", Normalizer.Form.NFD));
        Persons.post(cv).statusCode(201).body("birthName.surname", equalTo("Nguyễn"))
                .body("fullName", equalTo("Nguyễn Thanh Tùng"));
    }

    @Test
    void shouldAnswerNotModifiedWhenTheCallerHasTheCurrentVersion() {
        String id = Persons.create(Persons.cv("Lê", "Văn", "Bình"));
        given().header("If-None-Match", "\"0\"").when().get(Persons.PATH + "/" + id).then().statusCode(304)
                .body(emptyOrNullString());
        given().header("If-None-Match", "\"7\"").when().get(Persons.PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void shouldUpdateWithTheCurrentVersionAndAuditEveryChangedField() {
        Map<String, Object> cv = Persons.cv("Trần", "Việt", "Cường");
        String id = given().contentType(ContentType.JSON).header(Tokens.as("can-bo-ban-to-chuc"))
                .header("X-Request-Id", "req-create-1").body(cv).when().post(Persons.PATH)
                .then().statusCode(201).extract().path("id");
        cv.put("politicalTheoryCode", "CU_NHAN");
        cv.put("nameInUse", Persons.name("Trần", "Việt", "Cường"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").header(Tokens.as("truong-phong"))
                .header("X-Request-Id", "req-update-1").body(cv).when().put(Persons.PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1))
                .body("politicalTheoryCode", equalTo("CU_NHAN"));

        given().when().get(Persons.PATH + "/" + id + "/audit").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].action", equalTo("CREATED"))
                .body("[0].actor", equalTo("can-bo-ban-to-chuc"))
                .body("[0].requestId", equalTo("req-create-1"))
                .body("[0].changes.politicalTheoryCode.to", equalTo("CAO_CAP"))
                .body("[1].action", equalTo("UPDATED"))
                .body("[1].actor", equalTo("truong-phong"))
                .body("[1].requestId", equalTo("req-update-1"))
                .body("[1].changes.politicalTheoryCode.from", equalTo("CAO_CAP"))
                .body("[1].changes.politicalTheoryCode.to", equalTo("CU_NHAN"))
                .body("[1].changes.nameInUse.to.givenName", equalTo("Cường"))
                .body("[1].changes.size()", equalTo(2));
    }

    @Test
    void shouldNeitherBumpTheVersionNorAuditAnUpdateThatChangesNothing() {
        Map<String, Object> cv = Persons.cv("Phạm", "Thị", "Lan");
        String id = Persons.create(cv);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(cv).when().put(Persons.PATH + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"");
        given().when().get(Persons.PATH + "/" + id + "/audit").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void shouldRefuseAnUpdateBasedOnAStaleVersionAndChangeNothing() {
        Map<String, Object> cv = Persons.cv("Đỗ", "Văn", "Hùng");
        String id = Persons.create(cv);
        cv.put("itLevel", "Tin học văn phòng");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(cv).when().put(Persons.PATH + "/" + id)
                .then().statusCode(200);
        cv.put("itLevel", "Đã bị ghi đè");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(cv).when().put(Persons.PATH + "/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", endsWith("stale-version"));
        given().when().get(Persons.PATH + "/" + id).then().body("itLevel", equalTo("Tin học văn phòng"))
                .header("ETag", "\"1\"");
    }

    @Test
    void shouldRequireIfMatchOnUpdate() {
        Map<String, Object> cv = Persons.cv("Hoàng", "Văn", "Nam");
        String id = Persons.create(cv);
        given().contentType(ContentType.JSON).body(cv).when().put(Persons.PATH + "/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("detail", containsString("If-Match"));
    }

    @Test
    void shouldAnswerAnUnknownPersonWithNotFound() {
        given().when().get(Persons.PATH + "/00000000-0000-0000-0000-00000000abcd").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("No person"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Persons.cv("Lê", "Văn", "Tám"))
                .when().put(Persons.PATH + "/00000000-0000-0000-0000-00000000abcd").then().statusCode(404);
    }

    @Test
    void shouldRefuseASecondPersonWithTheSameNationalId() {
        Map<String, Object> first = Persons.cv("Vũ", "Văn", "Khánh");
        String id = Persons.create(first);
        Map<String, Object> second = Persons.cv("Vũ", "Đình", "Khang");
        second.put("nationalId", first.get("nationalId"));
        Persons.post(second).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("duplicate-national-id")).body("detail", containsString(id));
    }

    @Test
    void shouldCreateButWarnAboutAPersonWithTheSameNameAndDateOfBirth() {
        String first = Persons.create(Persons.cv("Bùi", "Thị", "Thuỷ"));
        // Another device, another tone placement: still the same name.
        Persons.post(Persons.cv("Bùi", "Thị", "Thủy")).statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("possible-duplicate"))
                .body("warnings[0].personId", equalTo(first))
                .body("warnings[0].message", containsString(first));
    }
}
