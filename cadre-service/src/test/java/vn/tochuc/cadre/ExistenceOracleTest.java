package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A unit officer of one district learns nothing of persons in another district from the answers that prevent
 * duplicates: the 409 on a national ID, the namesake warning, the sponsor check.
 */
@QuarkusTest
class ExistenceOracleTest {

    private final UUID tamDuong = OrgUnits.unit(null, "Huyện ủy Tam Dương");
    private final UUID vinhYen = OrgUnits.unit(null, "Thành ủy Vĩnh Yên");
    private final String tamDuongOfficer = Tokens.scoped("to-chuc@tamduong", List.of(tamDuong), "unit-officer");

    @Test
    void shouldRefuseADuplicateNationalIdFromAnotherDistrictWithoutNamingItsRecord() {
        Map<String, Object> cv = cvIn(vinhYen, "Kiều", "Văn", "Lâm");
        String elsewhere = Persons.create(cv);

        Map<String, Object> again = cvIn(tamDuong, "Kiều", "Văn", "Lâm");
        again.put("nationalId", cv.get("nationalId"));
        given().header("Authorization", tamDuongOfficer).contentType(ContentType.JSON).body(again).when()
                .post(Persons.PATH).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/duplicate-national-id"))
                .body("detail", not(containsString(elsewhere)))
                .body("detail", containsString("ask the provincial Organization Board"));
        // The Board, which reaches both, is told which record to update.
        given().contentType(ContentType.JSON).body(again).when().post(Persons.PATH).then().statusCode(409)
                .body("detail", containsString(elsewhere));
    }

    @Test
    void shouldNotWarnOfANamesakeInAnotherDistrict() {
        Map<String, Object> cv = cvIn(vinhYen, "Tống", "Thị", "Xuyến");
        cv.remove("nationalId");
        Persons.create(cv);

        Map<String, Object> mine = cvIn(tamDuong, "Tống", "Thị", "Xuyến");
        mine.remove("nationalId");
        given().header("Authorization", tamDuongOfficer).contentType(ContentType.JSON).body(mine).when()
                .post(Persons.PATH).then().statusCode(201).body("warnings.code", not(hasItem("possible-duplicate")));
        // A namesake in the officer's own district is still pointed out.
        given().header("Authorization", tamDuongOfficer).contentType(ContentType.JSON).body(mine).when()
                .post(Persons.PATH).then().statusCode(201).body("warnings.code", hasItem("possible-duplicate"));
    }

    @Test
    void shouldAnswerASponsorInAnotherDistrictLikeOneThatDoesNotExist() {
        String sponsorElsewhere = Persons.create(cvIn(vinhYen, "Đinh", "Văn", "Bảo"));
        String candidate = Persons.create(cvIn(tamDuong, "Đinh", "Văn", "Khoa"));
        Map<String, Object> admission = new java.util.HashMap<>(Members.admission(candidate, tamDuong,
                LocalDate.now().minusMonths(1)));

        admission.put("sponsors", List.of(Map.of("fullName", "Đinh Văn Bảo", "personId", sponsorElsewhere),
                Map.of("fullName", "Trần Việt Cường")));
        String outOfScope = given().header("Authorization", tamDuongOfficer).contentType(ContentType.JSON)
                .body(admission).when().post(Members.PATH).then().statusCode(422)
                .body("errors.field", hasItem("sponsors[0].personId")).extract().path("errors[0].message");
        admission.put("sponsors", List.of(Map.of("fullName", "Đinh Văn Bảo", "personId", UUID.randomUUID()),
                Map.of("fullName", "Trần Việt Cường")));
        String unknown = given().header("Authorization", tamDuongOfficer).contentType(ContentType.JSON)
                .body(admission).when().post(Members.PATH).then().statusCode(422).extract()
                .path("errors[0].message");
        org.assertj.core.api.Assertions.assertThat(outOfScope).isEqualTo(unknown);
    }

    private static Map<String, Object> cvIn(UUID unit, String surname, String middle, String given) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.put("currentOrgUnitId", unit.toString());
        return cv;
    }
}
