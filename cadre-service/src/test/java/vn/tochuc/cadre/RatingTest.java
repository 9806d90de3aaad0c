package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.PersonAudit;
import vn.tochuc.cadre.domain.QualityRating;

/** Yearly quality ratings: one per person and year, corrected under If-Match, reported against the cap. */
@QuarkusTest
class RatingTest {

    private static final String PATH = "/api/v1/quality-ratings";

    @Test
    void shouldRecordARatingOncePerYearAndCorrectItOnlyWithTheCurrentVersion() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Ban Dân vận");
        String person = Members.person("Đặng", "Thị", "Ngọc");
        String id = post(rating(person, 2025, "GOOD", cell)).statusCode(201).header("ETag", "\"0\"")
                .body("rating", equalTo("GOOD")).body("orgUnitName", equalTo("Chi bộ Ban Dân vận"))
                .extract().path("id");
        post(rating(person, 2025, "EXCELLENT", cell)).statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/already-rated"));

        given().contentType(ContentType.JSON).body(rating(person, 2025, "EXCELLENT", cell)).when()
                .put(PATH + "/" + id).then().statusCode(428);
        put(id, 5, rating(person, 2025, "EXCELLENT", cell)).statusCode(412);
        put(id, 0, rating(person, 2024, "EXCELLENT", cell)).statusCode(400).body("errors.field", hasItem("year"));
        put(id, 0, rating(person, 2025, "EXCELLENT", cell)).statusCode(200).header("ETag", "\"1\"")
                .body("rating", equalTo("EXCELLENT"));
        given().header("If-None-Match", "\"1\"").when().get(PATH + "/" + id).then().statusCode(304);
        given().when().get(Persons.PATH + "/" + person + "/audit").then().statusCode(200)
                .body("action", hasItem("RATING_CORRECTED")).body("action", hasItem("RATED"));
    }

    @Test
    void shouldReportTheDistributionAndWhetherTheExcellentShareStaysWithinTheCap() {
        UUID grassroots = OrgUnits.unit(null, "Đảng bộ Sở Giáo dục");
        UUID cell = OrgUnits.unit(grassroots, "Chi bộ Phòng Tổ chức cán bộ");
        List<String> grades = List.of("EXCELLENT", "GOOD", "GOOD", "GOOD", "GOOD", "COMPLETED", "NOT_COMPLETED");
        List<String> names = List.of("An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hùng");
        for (int i = 0; i < grades.size(); i++) {
            String person = Members.person("Tô", "Văn", names.get(i));
            post(rating(person, 2025, grades.get(i), i % 2 == 0 ? grassroots : cell)).statusCode(201);
        }
        given().queryParam("year", 2025).queryParam("orgUnitId", grassroots.toString()).when().get(PATH + "/report")
                .then().statusCode(200).body("total", equalTo(7)).body("distribution.GOOD", equalTo(4))
                .body("distribution.EXCELLENT", equalTo(1)).body("goodOrBetter", equalTo(5))
                .body("excellentCapPercent", equalTo(20)).body("capBase", equalTo("GOOD_OR_BETTER"))
                .body("capBaseCount", equalTo(5)).body("maxExcellent", equalTo(1))
                .body("withinCap", equalTo(true)).body("capRule.basis.document", equalTo("124-QĐ/TW"))
                .body("capRule.toConfirm", equalTo(true));

        String another = Members.person("Tô", "Văn", "Thêm");
        post(rating(another, 2025, "EXCELLENT", cell)).statusCode(201);
        // 2 excellent of 6 rated good or better: 20 % allows 1.
        given().queryParam("year", 2025).queryParam("orgUnitId", grassroots.toString()).when().get(PATH + "/report")
                .then().statusCode(200).body("maxExcellent", equalTo(1)).body("withinCap", equalTo(false));
        given().queryParam("year", 2025).when().get(PATH + "/report").then().statusCode(400);
    }

    @Test
    void shouldJudgeEachYearsCapByTheRuleVersionInForceAtItsEnd() {
        UUID grassroots = OrgUnits.unit(null, "Đảng bộ Sở Y tế");
        List<String> names = List.of("An", "Bình", "Chi", "Dung", "Giao", "Hà", "Khánh", "Lan", "Mai", "Nga");
        for (int year : List.of(2025, 2026)) {
            for (int i = 0; i < 10; i++) {
                String person = Members.person("Khổng", year == 2025 ? "Văn" : "Thị", names.get(i));
                post(rating(person, year, i < 2 ? "EXCELLENT" : "GOOD", grassroots)).statusCode(201);
            }
        }
        String rule = "cadre.rating.excellent-cap";
        Rules.add(rule, Rules.etag(rule), Rules.version("2026-01-01", Map.of("percent", 10, "base", "GOOD")))
                .statusCode(201);
        // 2 excellent, 8 good: 20 % of the 10 rated good or better allows 2; 10 % of the 8 rated good allows none.
        given().queryParam("year", 2025).queryParam("orgUnitId", grassroots.toString()).when().get(PATH + "/report")
                .then().statusCode(200).body("maxExcellent", equalTo(2)).body("withinCap", equalTo(true))
                .body("capRule.basis.document", equalTo("124-QĐ/TW"));
        given().queryParam("year", 2026).queryParam("orgUnitId", grassroots.toString()).when().get(PATH + "/report")
                .then().statusCode(200).body("capBase", equalTo("GOOD")).body("capBaseCount", equalTo(8))
                .body("maxExcellent", equalTo(0)).body("withinCap", equalTo(false))
                .body("capRule.basis.document", equalTo("99-QĐ/TW"));
        Rules.add(rule, Rules.etag(rule), Rules.version("2027-01-01", Map.of("percent", 120, "base", "ALL")))
                .statusCode(400).body("errors.field", hasItems("values.percent", "values.base"));
    }

    @Test
    void shouldRefuseBadRatingsWritingNothing() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Báo Vĩnh Phúc");
        String person = Members.person("Lê", "Văn", "Sai");
        long ratings = QualityRating.count();
        long audits = PersonAudit.count();
        post(rating(person, 2025, "SUPERB", cell)).statusCode(400).body("errors.field", hasItem("rating"));
        post(rating(person, 2999, "GOOD", cell)).statusCode(400).body("errors.field", hasItem("year"));
        post(rating(person, 1980, "GOOD", cell)).statusCode(400).body("errors.field", hasItem("year"));
        post(rating(UUID.randomUUID().toString(), 2025, "GOOD", cell)).statusCode(422);
        post(rating(person, 2025, "GOOD", UUID.randomUUID())).statusCode(422)
                .body("errors.field", hasItem("orgUnitId"));
        Map<String, Object> long_ = rating(person, 2025, "GOOD", cell);
        long_.put("note", "x".repeat(501));
        post(long_).statusCode(400).body("errors.field", hasItem("note"));
        assertThat(QualityRating.count()).isEqualTo(ratings);
        assertThat(PersonAudit.count()).isEqualTo(audits);
    }

    private static Map<String, Object> rating(String person, int year, String grade, UUID unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("year", year);
        body.put("rating", grade);
        body.put("orgUnitId", unit.toString());
        body.put("note", "Kiểm điểm cuối năm");
        return body;
    }

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).header(Tokens.as("chi-uy")).body(body).when().post(PATH).then();
    }

    private static ValidatableResponse put(String id, long version, Object body) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .header(Tokens.as("chi-uy")).body(body).when().put(PATH + "/" + id).then();
    }
}
