package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Terms other than the province's five-year party terms, and term lengths as rule data (issue 14, item 5). */
@QuarkusTest
class TermRulesTest {

    @Test
    void shouldListTheNationalTerm2026To2031BesideTheProvincialOne() {
        given().when().get("/api/v1/terms").then().statusCode(200)
                .body("find { it.code == '2026-2031' }.scope", equalTo("NATIONAL"))
                .body("find { it.code == '2025-2030' }.scope", equalTo("PARTY_LOCAL"));
    }

    @Test
    void shouldRefuseAProvincialCongressInTheNationalTermNamingTheRule() {
        String unit = Cases.unit("Tỉnh ủy nhầm nhiệm kỳ", "PROVINCIAL_PARTY_COMMITTEE", null);

        given().contentType(ContentType.JSON).body(Map.of("congressOrdinal", 18, "congressDate", "2026-01-20"))
                .when().put("/api/v1/org-units/" + unit + "/terms/2026-2031").then().statusCode(422)
                .body("type", containsString("term-scope"))
                .body("detail", containsString("PARTY_LOCAL"))
                .body("detail", containsString("to confirm"));
    }

    @Test
    void shouldRecordAStateBodysElectionInTheNationalTerm() {
        String council = Cases.unit("Hội đồng nhân dân tỉnh thử", "STATE_BODY", null);

        given().contentType(ContentType.JSON).body(Map.of("congressOrdinal", 17, "congressDate", "2026-03-15"))
                .when().put("/api/v1/org-units/" + council + "/terms/2026-2031").then().statusCode(201);
    }

    @Test
    void shouldRefuseATermOfAnotherLengthThanTheRuleGivesItsScope() {
        given().contentType(ContentType.JSON).body(Map.of("code", "2031-2035", "startYear", 2031, "endYear", 2035,
                "nameVi", "Nhiệm kỳ bốn năm", "scope", "NATIONAL")).when().post("/api/v1/terms").then()
                .statusCode(422).body("type", containsString("term-length"))
                .body("detail", containsString("ends in 2036"));
    }

    @Test
    void shouldAddTheNextProvincialTermWithTheLengthTheRuleGives() {
        given().contentType(ContentType.JSON).body(Map.of("code", "2030-2035", "startYear", 2030, "endYear", 2035,
                "nameVi", "Nhiệm kỳ 2030 - 2035", "scope", "PARTY_LOCAL")).when().post("/api/v1/terms").then()
                .statusCode(201).body("scope", equalTo("PARTY_LOCAL"));
    }
}
