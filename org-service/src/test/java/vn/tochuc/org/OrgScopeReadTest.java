package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.TestTokens;

/**
 * org-service applies the same org scope as cadre-service to what is not public in the province: reports that name
 * office holders, restructuring proposals not yet in effect. The tree itself stays readable by everyone.
 */
@QuarkusTest
class OrgScopeReadTest {

    private static final String REPORTS = "/api/v1/vacancy-reports";

    private String district;
    private String communeA;
    private String communeB;

    /** In @BeforeEach, not a field initializer: Quarkus sets RestAssured's port after constructing the test. */
    @BeforeEach
    void buildADistrictWithTwoCommunes() {
        district = Cases.unit("Huyện ủy thử phạm vi", "DISTRICT_PARTY_COMMITTEE", null);
        communeA = Cases.unit("Đảng ủy xã An Hòa", "GRASSROOTS_PARTY_COMMITTEE", district);
        communeB = Cases.unit("Đảng ủy xã Bình Hòa", "GRASSROOTS_PARTY_COMMITTEE", district);
    }

    @Test
    void shouldRefuseAUnitOfficerTheVacancyReportOfAnotherCommune() {
        String officerOfA = officer(communeA, "unit-officer");

        given().header("Authorization", officerOfA).queryParam("orgUnitId", communeB).when().get(REPORTS).then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/out-of-scope"));
        given().header("Authorization", officerOfA).queryParam("orgUnitId", district).when().get(REPORTS).then()
                .statusCode(403);
        given().header("Authorization", officerOfA).queryParam("orgUnitId", communeA).when().get(REPORTS).then()
                .statusCode(200).body("units[0].orgUnitId", equalTo(communeA));
        // A district officer reaches the communes below it.
        given().header("Authorization", officer(district, "viewer")).queryParam("orgUnitId", communeB).when()
                .get(REPORTS).then().statusCode(200);
        // The tree is public in the province.
        given().header("Authorization", officerOfA).when().get("/api/v1/org-units/" + communeB).then()
                .statusCode(200);
    }

    @Test
    void shouldKeepARestructuringProposalFromAUnitOfficerUntilItTakesEffect() {
        String draft = Cases.draftId(Cases.caseOf("RENAME", "unitId", communeA, "newName", "Đảng ủy xã An Hòa mới"));
        String officerOfA = officer(communeA, "unit-officer");

        given().header("Authorization", officerOfA).when().get("/api/v1/restructuring-cases/" + draft).then()
                .statusCode(404);
        given().header("Authorization", officerOfA).when().get("/api/v1/restructuring-cases/" + draft + "/preview")
                .then().statusCode(404);
        given().header("Authorization", officerOfA).queryParam("limit", 200).when()
                .get("/api/v1/restructuring-cases").then().statusCode(200).body("items.id", not(hasItem(draft)));
        given().when().get("/api/v1/restructuring-cases/" + draft).then().statusCode(200);

        Cases.approve(draft).statusCode(200).body("status", equalTo("APPLIED"));
        given().header("Authorization", officerOfA).when().get("/api/v1/restructuring-cases/" + draft).then()
                .statusCode(200).body("status", equalTo("APPLIED"));
    }

    private static String officer(String unit, String role) {
        return TestTokens.bearer(TestTokens.token("can-bo@" + unit.substring(0, 8), List.of(UUID.fromString(unit)),
                role));
    }
}
