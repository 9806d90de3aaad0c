package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Discipline judged by the rule versions in force on the decision's date (rules/cadre-rules.json): bars by system,
 * form and window, forms per subject, and versions added through the rules API.
 */
@QuarkusTest
class DisciplineRulesTest {

    @Test
    void shouldBarAPartyWarningDecidedTheDayBeforeQd377ByTheOlderPeriod() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Ban Tuyên giáo Tỉnh ủy");
        String person = Disciplines.member("Trịnh", "Văn", "Bảo", cell);
        Disciplines.decide(Disciplines.request(person, "PARTY", "WARNING", LocalDate.of(2025, 10, 7), cell))
                .statusCode(201).body("effectiveOn", equalTo("2025-10-12"))
                .body("higherPostsBarredUntil", equalTo("2028-04-12")).body("equalPostsBarredUntil", nullValue())
                .body("barBasis", containsString("296-QĐ/TW"));
    }

    @Test
    void shouldBarAPartyWarningDecidedTheDayAfterQd377ByItsPeriod() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Ban Dân vận Tỉnh ủy");
        String person = Disciplines.member("Trịnh", "Thị", "Cúc", cell);
        Disciplines.decide(Disciplines.request(person, "PARTY", "WARNING", LocalDate.of(2025, 10, 9), cell))
                .statusCode(201).body("higherPostsBarredUntil", equalTo("2028-10-14"))
                .body("barBasis", equalTo("377-QĐ/TW (2025-10-08) (to confirm)"));
    }

    @Test
    void shouldGiveACivilServantAndAPartyMemberTheirOwnPeriodsForTheSameFormOnTheSameDay() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Sở Xây dựng");
        String member = Disciplines.member("Lò", "Văn", "Piếng", cell);
        String servant = Members.person("Lò", "Thị", "Xuân");
        LocalDate day = LocalDate.of(2026, 1, 5);
        Disciplines.decide(Disciplines.request(member, "PARTY", "WARNING", day, cell)).statusCode(201)
                .body("higherPostsBarredUntil", equalTo("2029-01-10")).body("equalPostsBarredUntil", nullValue())
                .body("barredUntil", equalTo("2029-01-10"));
        Disciplines.decide(Disciplines.request(servant, "CIVIL_SERVICE", "WARNING", day, cell)).statusCode(201)
                .body("higherPostsBarredUntil", nullValue()).body("equalPostsBarredUntil", equalTo("2027-01-10"))
                .body("barredUntil", equalTo("2027-01-10")).body("barBasis", containsString("80/2025/QH15"));
    }

    @Test
    void shouldBarOnlyHigherPostsAfterAPartyWarningAndSayUntilWhenUnderWhichText() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Sở Công Thương");
        String person = Disciplines.member("Hà", "Văn", "Định", cell);
        Appointments.started(Appointments.request(person, cell, "APPOINTED", LocalDate.of(2024, 3, 1)));
        Disciplines.decide(Disciplines.request(person, "PARTY", "WARNING", LocalDate.of(2026, 1, 5), cell))
                .statusCode(201);

        Map<String, Object> higher = Appointments.request(person, cell, "APPOINTED", LocalDate.of(2026, 6, 1));
        higher.put("postLevel", "HIGHER");
        Appointments.start(higher).statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/barred-by-discipline"))
                .body("detail", containsString("barred from appointment to a higher post until 2029-01-09 "
                        + "inclusive under 377-QĐ/TW (2025-10-08) (to confirm)"));
        Map<String, Object> equal = Appointments.request(person, cell, "APPOINTED", LocalDate.of(2026, 6, 1));
        equal.put("postLevel", "EQUAL");
        Appointments.start(equal).statusCode(201);
    }

    @Test
    void shouldBarReappointmentToAnEqualPostAfterACivilServiceReprimand() {
        UUID unit = OrgUnits.unit(null, "Sở Tư pháp");
        String person = Members.person("Mai", "Văn", "Tiến");
        Appointments.started(Appointments.request(person, unit, "APPOINTED", LocalDate.of(2024, 3, 1)));
        Disciplines.decide(Disciplines.request(person, "CIVIL_SERVICE", "REPRIMAND", LocalDate.of(2026, 1, 5), unit))
                .statusCode(201).body("equalPostsBarredUntil", equalTo("2027-01-10"));
        Map<String, Object> equal = Appointments.request(person, unit, "APPOINTED", LocalDate.of(2026, 6, 1));
        equal.put("postLevel", "EQUAL");
        Appointments.start(equal).statusCode(409).body("detail", containsString("to a post of equal level "
                + "(or reappointment) until 2027-01-09 inclusive"));
        Map<String, Object> lower = Appointments.request(person, unit, "APPOINTED", LocalDate.of(2026, 6, 1));
        lower.put("postLevel", "LOWER");
        Appointments.start(lower).statusCode(201);
    }

    @Test
    void shouldRefuseRemovalFromPostForSomeoneHoldingNoPost() {
        UUID unit = OrgUnits.unit(null, "UBND xã Hợp Thịnh");
        String person = Members.person("Bùi", "Văn", "Lực");
        Disciplines.decide(Disciplines.request(person, "CADRE", "REMOVAL_FROM_POST", LocalDate.of(2026, 1, 5), unit))
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/form-not-allowed"))
                .body("detail", containsString("only to someone holding a post"));
    }

    @Test
    void shouldAllowRecallButNotDismissalOfACadreAfterDecree172() {
        UUID unit = OrgUnits.unit(null, "HĐND xã Đạo Trù");
        String person = Members.person("Bùi", "Thị", "Mến");
        Disciplines.decide(Disciplines.request(person, "CADRE", "DISMISSAL", LocalDate.of(2025, 8, 1), unit))
                .statusCode(422).body("type", equalTo("https://tochuc.vn/problems/form-not-allowed"))
                .body("detail", containsString("RECALL"));
        Disciplines.decide(Disciplines.request(person, "CADRE", "RECALL", LocalDate.of(2025, 8, 1), unit))
                .statusCode(201).body("system", equalTo("CADRE")).body("form", equalTo("RECALL"));
    }

    @Test
    void shouldJudgeDecisionsFromANewVersionsDateByItAndKeepEarlierDecisionsAsJudged() {
        UUID unit = OrgUnits.unit(null, "HĐND xã Yên Dương");
        String before = Members.person("Đàm", "Văn", "Một");
        String recordedEarlier = Members.person("Đàm", "Văn", "Hai");
        String after = Members.person("Đàm", "Văn", "Ba");
        String judgedEarlier = Disciplines.decide(Disciplines.request(recordedEarlier, "CADRE", "WARNING",
                LocalDate.of(2026, 3, 5), unit)).statusCode(201).body("equalPostsBarredUntil", equalTo("2027-03-10"))
                .extract().path("id");

        String rule = "cadre.discipline-bars.cadre";
        Map<String, Object> version = Map.of("validFrom", "2026-03-01", "basis", Map.of("document",
                "123/2026/NĐ-CP", "issuedOn", "2026-02-15", "article", "Điều 4"), "toConfirm", false, "values",
                Map.of("forms", Map.of("REPRIMAND", Map.of("equalOrHigherMonths", 6), "WARNING",
                        Map.of("equalOrHigherMonths", 6), "REMOVAL_FROM_POST", Map.of("equalOrHigherMonths", 24),
                        "RECALL", Map.of("equalOrHigherMonths", 24))));
        Rules.add(rule, Rules.etag(rule), version).statusCode(201);

        Disciplines.decide(Disciplines.request(before, "CADRE", "WARNING", LocalDate.of(2026, 2, 27), unit))
                .statusCode(201).body("equalPostsBarredUntil", equalTo("2027-03-04"))
                .body("barBasis", containsString("80/2025/QH15"));
        Disciplines.decide(Disciplines.request(after, "CADRE", "WARNING", LocalDate.of(2026, 3, 5), unit))
                .statusCode(201).body("equalPostsBarredUntil", equalTo("2026-09-10"))
                .body("barBasis", equalTo("123/2026/NĐ-CP (2026-02-15), Điều 4"));
        given().when().get(Disciplines.PATH + "/" + judgedEarlier).then().statusCode(200)
                .body("equalPostsBarredUntil", equalTo("2027-03-10")).body("barBasis", containsString("80/2025/QH15"));
    }

    @Test
    void shouldRefuseABarsVersionWithMonthsOutOfRange() {
        String rule = "cadre.discipline-bars.civil-servant";
        Rules.add(rule, Rules.etag(rule), Rules.version("2026-04-01", Map.of("forms",
                Map.of("WARNING", Map.of("higherMonths", 0))))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("values.forms.WARNING.higherMonths"));
        Rules.add(rule, Rules.etag(rule), Rules.version("2026-04-01", Map.of("forms",
                Map.of("FINE", Map.of("higherMonths", 3))))).statusCode(400)
                .body("errors.field", equalTo(List.of("values")));
    }
}
