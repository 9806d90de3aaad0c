package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.PersonAudit;

/** Bad CVs are refused with a 4xx problem+json naming what to fix, and write nothing: no person, no audit row. */
@QuarkusTest
class PersonBadInputTest {

    private long personsBefore;
    private long auditBefore;

    @BeforeEach
    void countRows() {
        personsBefore = Person.count();
        auditBefore = PersonAudit.count();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(Person.count()).as("persons written").isEqualTo(personsBefore);
        assertThat(PersonAudit.count()).as("audit rows written").isEqualTo(auditBefore);
    }

    @Test
    void shouldRefuseMalformedJson() {
        postRaw("{\"sex\": \"MALE\",, }").statusCode(400).body("type", endsWith("malformed-json"))
                .body("detail", containsString("not valid JSON"));
        postRaw("{\"birthName\": {\"surname\": ").statusCode(400);
        postRaw("[1, 2]").statusCode(400);
        postRaw("").statusCode(400);
    }

    @Test
    void shouldNameEveryMissingField() {
        post(Map.of("otherNames", "Ba")).statusCode(400).body("type", endsWith("validation-failed"))
                .body("errors.field", hasItems("birthName", "sex", "dateOfBirth"));
        Map<String, Object> cv = Persons.cv("Lê", "Văn", "An");
        cv.put("birthName", Map.of("surname", "Lê"));
        post(cv).statusCode(400).body("errors.field", hasItem("birthName.givenName"));
    }

    @Test
    void shouldRefuseWrongTypes() {
        assertField(with("sex", "NAM"), "sex");
        assertField(with("dateOfDeath", "2024-02-30"), "dateOfDeath");
        assertField(with("currentOrgUnitId", "not-a-uuid"), "currentOrgUnitId");
        assertField(with("birthName", "Nguyễn Trung Hải"), "birthName");
        assertField(with("degrees", Map.of("levelCode", "THS")), "degrees");
        assertField(with("salaryHistory", List.of(Map.of("from", "2020-01-01", "scaleCode", "01.002", "step", "ba",
                "coefficient", 4.4))), "salaryHistory[0].step");
    }

    @Test
    void shouldRefuseOversizedAndMalformedFields() {
        assertField(with("birthName", Persons.name("Nguyễn", null, "H".repeat(51))), "birthName.givenName");
        assertField(with("birthName", Persons.name(" Nguyễn", null, "Hải")), "birthName.surname");
        assertField(with("birthName", Persons.name("Nguyễn", null, "Hải2")), "birthName.givenName");
        assertField(with("otherNames", "x".repeat(201)), "otherNames");
        assertField(with("generalEducation", "13/12"), "generalEducation");
        assertField(with("generalEducation", "11/10"), "generalEducation");
        assertField(with("birthplace", Map.of("adminUnitCode", "2600")), "birthplace.adminUnitCode");
        assertField(with("familyMembers", List.of(Map.of("relation", "Bố", "fullName", "")))
                , "familyMembers[0].fullName");
        assertField(with("awards", java.util.Collections.nCopies(101, Map.of("year", 2020, "title", "Bằng khen"))),
                "awards");
        assertField(with("workHistory", List.of(Map.of("from", "1998-13", "description", "Chuyên viên"))),
                "workHistory[0].from");
    }

    @Test
    void shouldRefuseAHugeBody() {
        postRaw("{\"otherNames\":\"" + "a".repeat(2_000_000) + "\"}").statusCode(413);
    }

    @Test
    void shouldRefuseImpossibleDates() {
        assertField(with("dateOfBirth", "1975-02-30"), "dateOfBirth");
        assertField(with("dateOfBirth", "14/03/1975"), "dateOfBirth");
        assertField(with("dateOfBirth", "1899"), "dateOfBirth");
        int nextYear = LocalDate.now().getYear() + 1;
        Map<String, Object> future = with("dateOfBirth", Integer.toString(nextYear));
        future.remove("nationalId");
        post(future).statusCode(400).body("errors.message", hasItem(containsString("future")));
        assertField(with("dateOfDeath", "1970-01-01"), "dateOfDeath");
        assertField(with("dateOfDeath", LocalDate.now().plusDays(1).toString()), "dateOfDeath");
        assertField(with("workHistory", List.of(Map.of("from", "2010-01", "to", "2009-12", "description", "Chuyên viên"))),
                "workHistory[0].to");
    }

    @Test
    void shouldRefuseANationalIdOfTheWrongLength() {
        assertNationalId("02607500123", "12 digits");
    }

    @Test
    void shouldRefuseANationalIdFromAnUnknownProvince() {
        assertNationalId("003075001234", "not a province code");
    }

    @Test
    void shouldRefuseANationalIdWhoseSexDigitContradictsTheSex() {
        assertNationalId("026175001234", "female");
    }

    @Test
    void shouldRefuseANationalIdWhoseYearContradictsTheDateOfBirth() {
        assertNationalId("026080001234", "1980");
        assertNationalId("026275001234", "2075");
    }

    @Test
    void shouldRefuseUnknownCodesAndUnits() {
        Map<String, Object> cv = Persons.cv("Lê", "Văn", "An");
        cv.put("ethnicityCode", "55");
        cv.put("religionCode", "KHONG");
        cv.put("politicalTheoryCode", "TIEN_SI");
        cv.put("degrees", List.of(Map.of("levelCode", "PHD")));
        cv.put("currentOrgUnitId", "00000000-0000-0000-0000-000000000009");
        post(cv).statusCode(422).body("type", endsWith("unknown-reference"))
                .body("errors.field", hasItems("ethnicityCode", "religionCode", "politicalTheoryCode",
                        "degrees[0].levelCode", "currentOrgUnitId"))
                .body("errors.message", hasItem(containsString("/api/v1/cadres/reference-data/ethnicities")));
    }

    @Test
    void shouldRefuseAWrongContentType() {
        given().contentType(ContentType.TEXT).body("Nguyễn Trung Hải").when().post(Persons.PATH)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseABadUpdateAndKeepTheRecord() {
        Map<String, Object> cv = Persons.cv("Trịnh", "Văn", "Quyết");
        String id = recorded(cv);
        cv.put("dateOfBirth", "1975-02-30");
        put(id, "\"0\"", cv).statusCode(400).body("errors.field", hasItem("dateOfBirth"));
        given().when().get(Persons.PATH + "/" + id).then().statusCode(200)
                .body("dateOfBirth", org.hamcrest.Matchers.equalTo("1975-03-14")).header("ETag", "\"0\"");
    }

    @Test
    void shouldRefuseTextTheDatabaseCannotStoreNamingTheField() {
        assertField(with("otherNames", "Ba\u0000"), "otherNames");
        assertField(with("birthName", Persons.name("Nguyễn", null, "\u0000")), "birthName.givenName");
        assertField(with("workHistory", List.of(Map.of("from", "2010-01", "description", "Chuyên\u0000viên"))),
                "workHistory[0].description");
        postRaw("{\"otherNames\": \"Ba\\ud800\"}").statusCode(400).body("errors.field", hasItem("otherNames"))
                .body("errors.message", hasItem(containsString("U+D800")));
    }

    @Test
    void shouldRefuseANulCharacterInAQueryParameter() {
        given().queryParam("q", "Hải\u0000").when().get(Persons.PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("q"))
                .body("errors.message", hasItem(containsString("U+0000")));
    }

    @Test
    void shouldRefuseAnUpdateThatNamesNoStrongVersion() {
        Map<String, Object> cv = Persons.cv("Trịnh", "Văn", "Lâm");
        String id = recorded(cv);
        cv.put("otherNames", "Ba Lâm");
        put(id, "*", cv).statusCode(428).contentType("application/problem+json").body("detail", containsString("ETag"));
        put(id, "W/\"0\"", cv).statusCode(412).contentType("application/problem+json");
        given().when().get(Persons.PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("otherNames", org.hamcrest.Matchers.nullValue());
    }

    /** A person created on purpose, so the check that nothing was written expects its rows. */
    private String recorded(Map<String, Object> cv) {
        String id = Persons.create(cv);
        personsBefore++;
        auditBefore++;
        return id;
    }

    private static void assertNationalId(String number, String messagePart) {
        post(with("nationalId", number)).statusCode(400).body("errors.field", hasItem("nationalId"))
                .body("errors.message", hasItem(containsString(messagePart)));
    }

    private static void assertField(Map<String, Object> cv, String field) {
        post(cv).statusCode(400).body("errors.field", hasItem(field));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> cv = Persons.cv("Lê", "Văn", "An");
        cv.put(field, value);
        return cv;
    }

    private static ValidatableResponse post(Object body) {
        return Persons.post(body).contentType("application/problem+json");
    }

    private static ValidatableResponse put(String id, String ifMatch, Object body) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(body).when()
                .put(Persons.PATH + "/" + id).then();
    }

    private static ValidatableResponse postRaw(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(Persons.PATH)
                .then().contentType("application/problem+json");
    }
}
