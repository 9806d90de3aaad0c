package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.Sex;
import vn.tochuc.cadre.rest.RetirementEntry;
import vn.tochuc.cadre.service.RetirementForecast;
import vn.tochuc.cadre.service.RetirementRoadmap;

/** Retirement by decision (Decree 135/2020 art. 5, Decree 83/2022): per person, with its text, over the roadmap. */
@QuarkusTest
class RetirementOverrideTest {

    private static final String PATH = "/api/v1/cadres/retirement-overrides";
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @Inject
    RetirementForecast forecast;

    @Inject
    RetirementRoadmap roadmaps;

    @Test
    @TestSecurity(user = "board-officer@test", roles = "board-officer")
    void shouldTakeEachPersonsDecisionOverTheRoadmapInTheForecast() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy Sở Xây dựng (hưu trí)");
        String early = cadre("Hoàng", "Văn", "Sớm", true, "1966-03", unit);
        String movedOut = cadre("Hoàng", "Văn", "Trước", true, "1964-12", unit); // roadmap 2026-06-30
        String stays = cadre("Hoàng", "Văn", "Đúng", true, "1964-10-10", unit); // roadmap 2026-04-30
        decide(early, "EARLY", "HEAVY_HAZARDOUS_WORK", "2026-05-31", "2025-12-01").statusCode(201)
                .body("roadmapDate", equalTo(roadmap(Sex.MALE, 1966, 3).toString()))
                .body("basis", containsString("83/2022/NĐ-CP")).body("toConfirm", equalTo(true));
        decide(movedOut, "EARLY", "REDUCED_WORKING_CAPACITY", "2025-12-31", "2025-11-20").statusCode(201);

        List<RetirementEntry> six = forecast.forecast("6", unit.toString(), TODAY);

        assertThat(six).extracting(e -> e.personId().toString()).containsExactly(stays, early);
        RetirementEntry decided = six.get(1);
        assertThat(decided.retiresOn()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(decided.pensionFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(decided.overrideId()).isNotNull();
        assertThat(decided.roadmapRetiresOn()).isEqualTo(roadmap(Sex.MALE, 1966, 3));
        assertThat(decided.basis()).contains("HEAVY_HAZARDOUS_WORK").contains("83/2022/NĐ-CP");
        assertThat(six.get(0).overrideId()).isNull();
        assertThat(six.get(0).basis()).contains("135/2020");
    }

    @Test
    void shouldAllowTheLaterRetirementOfAListedFemaleLeaderOnlyFromDecree83AndUpToSixty() {
        UUID unit = OrgUnits.unit(null, "Ban Dân vận (hưu trí)");
        String leader = cadre("Trương", "Thị", "Lãnh", false, "1969-06", unit);
        decide(leader, "LATER", "FEMALE_LISTED_LEADER", "2029-06-30", "2022-10-17").statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/retirement-ground-not-allowed"))
                .body("detail", containsString("135/2020/NĐ-CP"));
        decide(leader, "LATER", "FEMALE_LISTED_LEADER", "2029-07-31", "2022-10-18").statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/retirement-override-not-allowed"))
                .body("detail", containsString("2029-06-30"));
        decide(leader, "LATER", "FEMALE_LISTED_LEADER", "2029-06-30", "2022-10-18").statusCode(201)
                .body("basis", containsString("83/2022/NĐ-CP"))
                .body("roadmapDate", equalTo(roadmap(Sex.FEMALE, 1969, 6).toString()));
        String man = cadre("Trương", "Văn", "Nam", true, "1966-06", unit);
        decide(man, "LATER", "FEMALE_LISTED_LEADER", "2029-06-30", "2022-10-18").statusCode(422)
                .body("detail", containsString("FEMALE"));
        given().queryParam("personId", leader).when().get(PATH).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].inEffect", equalTo(true));
    }

    @Test
    void shouldJudgeDecisionsAfterAVersionAddedThroughTheApiByItAndLeaveEarlierOnesAsJudged() {
        UUID unit = OrgUnits.unit(null, "Sở Công Thương (hưu trí)");
        String before = cadre("Mạc", "Văn", "Trước", true, "1966-03", unit);
        String after = cadre("Mạc", "Văn", "Sau", true, "1966-03", unit);
        String rule = "cadre.retirement-overrides";
        Rules.add(rule, Rules.etag(rule), Rules.version("2026-02-01", Map.of("grounds", List.of(Map.of(
                "code", "HEAVY_HAZARDOUS_WORK", "kind", "EARLY", "maxMonthsEarlier", 12))))).statusCode(201);

        decide(before, "EARLY", "HEAVY_HAZARDOUS_WORK", "2026-05-31", "2026-01-20").statusCode(201)
                .body("basis", containsString("83/2022/NĐ-CP"));
        decide(after, "EARLY", "HEAVY_HAZARDOUS_WORK", "2026-05-31", "2026-03-02").statusCode(422)
                .body("detail", containsString("99-QĐ/TW")).body("detail", containsString("12 months"));
        given().queryParam("personId", before).when().get(PATH).then().statusCode(200)
                .body("[0].basis", containsString("83/2022/NĐ-CP"));
    }

    @Test
    void shouldRefuseBadDecisionsWithAProblem() {
        UUID unit = OrgUnits.unit(null, "Sở Nội vụ (hưu trí)");
        String person = cadre("Đỗ", "Văn", "Sai", true, "1966-03", unit);
        given().contentType(ContentType.JSON).body("{}").when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("ground"));
        decide(person, "EARLY", "LUCKY", "2026-05-31", "2025-12-01").statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/retirement-ground-not-allowed"));
        decide(person, "LATER", "HEAVY_HAZARDOUS_WORK", "2026-05-31", "2025-12-01").statusCode(422)
                .contentType("application/problem+json");
        decide(person, "EARLY", "HEAVY_HAZARDOUS_WORK", "2020-05-31", "2025-12-01").statusCode(422)
                .body("detail", containsString("60 months"));
        decide(person, "EARLY", "HEAVY_HAZARDOUS_WORK", "2026-05-31", LocalDate.now().plusDays(3).toString())
                .statusCode(400).body("errors.field", hasItem("decidedOn"));
        decide(UUID.randomUUID().toString(), "EARLY", "HEAVY_HAZARDOUS_WORK", "2026-05-31", "2025-12-01")
                .statusCode(422).body("errors.field", hasItem("personId"));
        given().when().get(PATH).then().statusCode(400);
        given().queryParam("personId", person).when().get(PATH).then().statusCode(200).body("size()", equalTo(0));
    }

    private LocalDate roadmap(Sex sex, int year, int month) {
        return roadmaps.of(sex, new PartialDate(year, month, null)).retiresOn();
    }

    private static ValidatableResponse decide(String person, String kind, String ground, String retiresOn,
            String decidedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("kind", kind);
        body.put("ground", ground);
        body.put("retiresOn", retiresOn);
        body.put("decisionNumber", "15-QĐ/TU");
        body.put("decidedOn", decidedOn);
        body.put("decidedBy", "Ban Thường vụ Tỉnh ủy");
        return given().contentType(ContentType.JSON).body(body).when().post(PATH).then();
    }

    private static String cadre(String surname, String middle, String given, boolean male, String born, UUID unit) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.put("nationalId", Persons.nationalId(male, Integer.parseInt(born.substring(0, 4))));
        cv.put("sex", male ? "MALE" : "FEMALE");
        cv.put("dateOfBirth", born);
        cv.put("currentOrgUnitId", unit.toString());
        return Persons.create(cv);
    }
}
