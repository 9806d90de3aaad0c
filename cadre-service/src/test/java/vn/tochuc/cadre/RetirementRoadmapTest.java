package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The statutory roadmap is the rule cadre.retirement-age: each retirement is judged by the version in force when the
 * age is reached, and the answers name it.
 */
@QuarkusTest
class RetirementRoadmapTest {

    private static final String RULE = "cadre.retirement-age";
    private static final String OVERRIDES = "/api/v1/cadres/retirement-overrides";

    @Test
    void shouldSeedTheLabourCode2019RoadmapFrom2021AndTheFlatAgesBeforeIt() {
        given().queryParam("asOf", "2020-12-31").when().get(Rules.PATH + "/" + RULE).then().statusCode(200)
                .body("inForce.basis.document", equalTo("10/2012/QH13"))
                .body("inForce.values.ages.MALE.startMonths", equalTo(60 * 12))
                .body("inForce.values.ages.FEMALE.capMonths", equalTo(55 * 12));
        given().queryParam("asOf", "2021-01-01").when().get(Rules.PATH + "/" + RULE).then().statusCode(200)
                .body("inForce.basis.document", equalTo("45/2019/QH14")).body("toConfirm", equalTo(false))
                .body("inForce.citation", containsString("135/2020/NĐ-CP"))
                .body("inForce.values.startYear", equalTo(2021))
                .body("inForce.values.ages.MALE.startMonths", equalTo(60 * 12 + 3))
                .body("inForce.values.ages.FEMALE.stepMonths", equalTo(4));
    }

    @Test
    void shouldJudgeEachRetirementByTheVersionInForceWhenTheAgeIsReachedAndLeaveEarlierAnswersAsGiven() {
        UUID unit = OrgUnits.unit(null, "Sở Tư pháp (lộ trình hưu)");
        String reachedAfter = cadre("Kiều", "Sau", "1984-06", unit); // 62 in 06/2046
        String reachedBefore = cadre("Kiều", "Trước", "1983-06", unit); // 62 in 06/2045
        String first = decide(reachedAfter, "2045-12-31").statusCode(201).body("roadmapDate", equalTo("2046-06-30"))
                .body("roadmapBasis", containsString("45/2019/QH14")).extract().path("id");

        // A later text: from 2046 men 62 years 3 months rising 3 months a year to 65, women 60y3m to 62.
        Rules.add(RULE, Rules.etag(RULE), Rules.version("2046-01-01", Map.of("startYear", 2046, "ages", Map.of(
                "MALE", Map.of("startMonths", 62 * 12 + 3, "stepMonths", 3, "capMonths", 65 * 12),
                "FEMALE", Map.of("startMonths", 60 * 12 + 3, "stepMonths", 3, "capMonths", 62 * 12)))))
                .statusCode(201);

        decide(reachedAfter, "2045-12-31").statusCode(201).body("roadmapDate", equalTo("2046-09-30"))
                .body("roadmapBasis", containsString("99-QĐ/TW"));
        decide(reachedBefore, "2045-01-31").statusCode(201).body("roadmapDate", equalTo("2045-06-30"))
                .body("roadmapBasis", containsString("45/2019/QH14"));
        given().queryParam("personId", reachedAfter).when().get(OVERRIDES).then().statusCode(200)
                .body("find { it.id == '" + first + "' }.roadmapDate", equalTo("2046-06-30"))
                .body("find { it.id == '" + first + "' }.roadmapBasis", containsString("45/2019/QH14"));
    }

    @Test
    void shouldNameTheRoadmapVersionWhenAnEarlyRetirementIsNotEarly() {
        String person = cadre("Kiều", "Muộn", "1964-10-10", OrgUnits.unit(null, "Sở Y tế (lộ trình hưu)"));
        Map<String, Object> late = PolicyCases.request(person, "EARLY_RETIREMENT");
        late.put("proposedDate", "2026-05-01");
        PolicyCases.propose(late).statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/not-early-retirement"))
                .body("detail", containsString("2026-04-30")).body("detail", containsString("45/2019/QH14"));
    }

    @Test
    void shouldRefuseARoadmapVersionWithoutBothSexesOrWithAgesOutOfRange() {
        Rules.add(RULE, Rules.etag(RULE), Rules.version("2047-01-01", Map.of("startYear", 3000, "ages", Map.of(
                "MALE", Map.of("startMonths", 100, "stepMonths", 3, "capMonths", 744),
                "OTHER", Map.of("startMonths", 720, "stepMonths", 0, "capMonths", 720)))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("values.startYear", "values.ages.MALE.startMonths",
                        "values.ages.FEMALE", "values.ages.OTHER"));
    }

    private static ValidatableResponse decide(String person, String retiresOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("kind", "EARLY");
        body.put("ground", "HEAVY_HAZARDOUS_WORK");
        body.put("retiresOn", retiresOn);
        body.put("decisionNumber", "27-QĐ/TU");
        body.put("decidedOn", "2025-12-01");
        return given().contentType(ContentType.JSON).body(body).when().post(OVERRIDES).then();
    }

    private static String cadre(String surname, String given, String born, UUID unit) {
        Map<String, Object> cv = Persons.cv(surname, "Văn", given);
        cv.put("nationalId", Persons.nationalId(true, Integer.parseInt(born.substring(0, 4))));
        cv.put("sex", "MALE");
        cv.put("dateOfBirth", born);
        cv.put("currentOrgUnitId", unit.toString());
        return Persons.create(cv);
    }
}
