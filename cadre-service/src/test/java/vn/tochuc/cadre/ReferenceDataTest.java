package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The reference lists of the CV form are seeded and served in their official order. */
@QuarkusTest
class ReferenceDataTest {

    private static final String PATH = "/api/v1/cadres/reference-data";

    @Test
    void shouldNameEveryList() {
        given().when().get(PATH).then().statusCode(200).body("$", hasItems("ethnicities", "religions",
                "education-levels", "political-theory-levels", "state-management-grades"));
    }

    @Test
    void shouldListTheFiftyFourEthnicGroupsWithTheirStatisticalCodes() {
        given().when().get(PATH + "/ethnicities").then().statusCode(200)
                .body("$", hasSize(54))
                .body("[0].code", equalTo("01")).body("[0].name", equalTo("Kinh"))
                .body("find { it.code == '04' }.name", equalTo("Mường"))
                .body("find { it.code == '06' }.name", equalTo("Hoa"))
                .body("find { it.code == '14' }.name", equalTo("Chăm"))
                .body("find { it.code == '43' }.name", equalTo("Ngái"))
                .body("find { it.code == '52' }.name", equalTo("Rơ Măm"))
                .body("[53].code", equalTo("54")).body("[53].name", equalTo("Ơ Đu"));
    }

    @Test
    void shouldListReligionsWithNoneAsAValue() {
        given().when().get(PATH + "/religions").then().statusCode(200)
                .body("[0].code", equalTo("00")).body("[0].name", equalTo("Không"))
                .body("name", hasItems("Phật giáo", "Công giáo", "Tin lành", "Cao Đài", "Phật giáo Hòa Hảo"));
    }

    @Test
    void shouldListTheFourPoliticalTheoryLevelsInOrder() {
        given().when().get(PATH + "/political-theory-levels").then().statusCode(200)
                .body("name", equalTo(java.util.List.of("Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân")));
    }

    @Test
    void shouldListEducationLevelsAndStateManagementGrades() {
        given().when().get(PATH + "/education-levels").then().statusCode(200)
                .body("code", hasItems("TS", "THS", "DH")).body("find { it.code == 'THS' }.name", equalTo("Thạc sĩ"));
        given().when().get(PATH + "/state-management-grades").then().statusCode(200)
                .body("code", hasItems("CHUYEN_VIEN", "CHUYEN_VIEN_CHINH", "CHUYEN_VIEN_CAO_CAP"));
    }

    @Test
    void shouldAnswerAnUnknownListWithAProblemNamingTheLists() {
        given().when().get(PATH + "/castes").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("ethnicities"));
    }
}
