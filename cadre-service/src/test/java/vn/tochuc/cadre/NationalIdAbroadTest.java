package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** National ID numbers of births registered abroad: a country code in place of the province, by cadre.national-id. */
@QuarkusTest
class NationalIdAbroadTest {

    private static final String RULE = "cadre.national-id";

    private static Map<String, Object> cvWith(String nationalId, String given) {
        Map<String, Object> cv = Persons.cv("Kiều", "Văn", given);
        cv.put("nationalId", nationalId);
        return cv;
    }

    @Test
    void shouldRecordANumberOfABirthRegisteredAbroadAndRefuseAnUnknownCodeNamingTheRule() {
        Persons.post(cvWith("840075" + "100001", "Kiều")).statusCode(201);
        Persons.post(cvWith("003075" + "100002", "Sai")).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("nationalId"))
                .body("errors.find { it.field == 'nationalId' }.message",
                        containsString("nor a country code of a birth registered abroad"))
                // The version in force today: 59/2021/TT-BCA, or the one another test adds from today.
                .body("errors.find { it.field == 'nationalId' }.message", containsString(" under "));
    }

    @Test
    void shouldServeTheCodesOfTheCircularInForceOnEachSideOf1July2021() {
        given().queryParam("asOf", "2021-06-30").when().get(Rules.PATH + "/" + RULE).then().statusCode(200)
                .body("inForce.basis.document", equalTo("07/2016/TT-BCA")).body("toConfirm", equalTo(true));
        given().queryParam("asOf", "2021-07-01").when().get(Rules.PATH + "/" + RULE).then().statusCode(200)
                .body("inForce.basis.document", equalTo("59/2021/TT-BCA"))
                .body("inForce.values.provinceCodes", hasItem("026"));
    }

    @Test
    void shouldJudgeNumbersRecordedAfterANewVersionByItAndLeaveEarlierOnesAsRecorded() {
        String before = Persons.post(cvWith("741075" + "100003", "Trước")).statusCode(201).extract().path("id");
        List<String> provinces = given().when().get(Rules.PATH + "/" + RULE).then().statusCode(200)
                .extract().path("inForce.values.provinceCodes");
        Rules.add(RULE, Rules.etag(RULE), Rules.version(LocalDate.now().toString(), Map.of(
                "provinceCodes", provinces, "abroadCodeRanges", List.of(Map.of("from", "800", "to", "899")))))
                .statusCode(201);

        Persons.post(cvWith("741075" + "100004", "Sau")).statusCode(400)
                .body("errors.find { it.field == 'nationalId' }.message", containsString("99-QĐ/TW"));
        Persons.post(cvWith("840075" + "100005", "Vẫn")).statusCode(201);
        given().when().get(Persons.PATH + "/" + before).then().statusCode(200)
                .body("nationalId", equalTo("741075100003"));
    }

    @Test
    void shouldRefuseCodesThatAreNotThreeDigitsOrARangeThatEndsBeforeItStarts() {
        Rules.add(RULE, Rules.etag(RULE), Rules.version("2021-07-01", Map.of("provinceCodes", List.of("26"),
                "abroadCodeRanges", List.of(Map.of("from", "900", "to", "800"))))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("values.provinceCodes[0]"))
                .body("errors.field", hasItem("values.abroadCodeRanges[0]"));
    }
}
