package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.VietnameseSortKeyTest;

/** Finding persons ignoring case and diacritics, filtering, and listing them in Vietnamese order, page by page. */
@QuarkusTest
class PersonSearchTest {

    @Test
    void shouldListPersonsInVietnameseOrderAcrossStablePages() {
        String marker = marker();
        List<String[]> names = new ArrayList<>(VietnameseSortKeyTest.inOrder());
        java.util.Collections.shuffle(names);
        for (String[] name : names) {
            Map<String, Object> cv = Persons.cv(name[0], name[1], name[2]);
            cv.put("otherNames", marker);
            Persons.create(cv);
        }
        List<String> listed = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", marker).queryParam("limit", 5);
            if (token != null) {
                request.queryParam("pageToken", token);
            }
            JsonPath page = request.when().get(Persons.PATH).then().statusCode(200).extract().jsonPath();
            listed.addAll(page.getList("items.fullName"));
            token = page.getString("nextPageToken");
            pages++;
        } while (token != null && pages < 10);
        assertThat(pages).isEqualTo(4);
        assertThat(listed).containsExactlyElementsOf(VietnameseSortKeyTest.inOrder().stream()
                .map(n -> n[0] + " " + n[1] + " " + n[2]).toList());
    }

    @Test
    void shouldFindANameIgnoringDiacriticsCaseAndComposition() {
        String id = Persons.create(Persons.cv("Nguyễn", "Trung", "Hải"));
        for (String q : List.of("nguyen trung hai", "NGUYỄN TRUNG HẢI", "trung hai",
                Normalizer.normalize("Nguyễn Trung Hải", Normalizer.Form.NFD))) {
            given().queryParam("q", q).queryParam("limit", 200).when().get(Persons.PATH).then().statusCode(200)
                    .body("items.id", hasItem(id));
        }
        given().queryParam("q", "nguyen trung hao").when().get(Persons.PATH).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void shouldFoldDToD() {
        String id = Persons.create(Persons.cv("Đặng", "Đình", "Đức"));
        given().queryParam("q", "dang dinh duc").queryParam("limit", 200).when().get(Persons.PATH).then()
                .statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void shouldFindOldAndNewTonePlacementsAlike() {
        String marker = marker();
        Map<String, Object> oldStyle = Persons.cv("Lê", "Thị", "Hoà");
        oldStyle.put("otherNames", marker);
        Map<String, Object> newStyle = Persons.cv("Lê", "Thị", "Hòa");
        newStyle.put("otherNames", marker);
        String a = Persons.create(oldStyle);
        String b = Persons.create(newStyle);
        assertThat(ids(Map.of("q", marker))).containsExactlyInAnyOrder(a, b);
        assertThat(ids(Map.of("q", "Lê Thị Hòa", "limit", "200"))).contains(a, b);
        assertThat(ids(Map.of("q", "Lê Thị Hoà", "limit", "200"))).contains(a, b);
    }

    @Test
    void shouldFilterBySexEthnicityTheoryLevelAndAge() {
        String marker = marker();
        int year = LocalDate.now().getYear();
        String man = create(marker, "Vũ", "Văn", "Nam", "MALE", (year - 60) + "-01-01", "01", "CAO_CAP");
        String woman = create(marker, "Hà", "Thị", "Mai", "FEMALE", (year - 35) + "-01-01", "02", "TRUNG_CAP");
        String girl = create(marker, "Hà", "Thị", "Mơ", "FEMALE", (year - 20) + "-01-01", "02", null);
        assertThat(ids(Map.of("q", marker, "sex", "FEMALE"))).containsExactlyInAnyOrder(woman, girl);
        assertThat(ids(Map.of("q", marker, "ethnicityCode", "01"))).containsExactly(man);
        assertThat(ids(Map.of("q", marker, "politicalTheoryCode", "TRUNG_CAP"))).containsExactly(woman);
        assertThat(ids(Map.of("q", marker, "ageMin", "30", "ageMax", "59"))).containsExactly(woman);
        assertThat(ids(Map.of("q", marker, "ageMin", "60"))).containsExactly(man);
        assertThat(ids(Map.of("q", marker, "ageMax", "20"))).containsExactly(girl);
    }

    @Test
    void shouldFilterByAnOrgUnitAndEverythingBelowIt() {
        String marker = marker();
        UUID province = unit(null, "Tỉnh ủy Vĩnh Phúc");
        UUID city = unit(province, "Thành ủy Vĩnh Yên");
        UUID cell = unit(city, "Chi bộ phường Liên Bảo");
        UUID other = unit(null, "Tỉnh ủy Phú Thọ");
        String atProvince = createIn(marker, "Trần", "Việt", "Cường", province);
        String atCity = createIn(marker, "Nguyễn", "Trung", "Hải", city);
        String atCell = createIn(marker, "Phạm", "Văn", "Sơn", cell);
        String elsewhere = createIn(marker, "Lê", "Văn", "Tú", other);
        assertThat(ids(Map.of("q", marker, "orgUnitId", province.toString())))
                .containsExactlyInAnyOrder(atProvince, atCity, atCell);
        assertThat(ids(Map.of("q", marker, "orgUnitId", city.toString()))).containsExactlyInAnyOrder(atCity, atCell);
        assertThat(ids(Map.of("q", marker, "orgUnitId", other.toString()))).containsExactly(elsewhere);
    }

    @Test
    void shouldRefuseBadListParameters() {
        for (String[] bad : new String[][] {{"limit", "0"}, {"limit", "many"}, {"pageToken", "garbage!"},
                {"sex", "X"}, {"ageMin", "-1"}, {"ageMax", "151"}, {"orgUnitId", "nope"},
                {"orgUnitId", "00000000-0000-0000-0000-000000000009"}, {"ethnicityCode", "99"},
                {"politicalTheoryCode", "X"}}) {
            given().queryParam(bad[0], bad[1]).when().get(Persons.PATH).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(bad[0]));
        }
        given().queryParam("ageMin", 60).queryParam("ageMax", 30).when().get(Persons.PATH).then().statusCode(400)
                .body("errors.field", hasItem("ageMin"));
    }

    private static String create(String marker, String surname, String middle, String given, String sex,
            String born, String ethnicity, String theory) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.put("otherNames", marker);
        cv.put("sex", sex);
        cv.put("dateOfBirth", born);
        cv.remove("nationalId");
        cv.put("ethnicityCode", ethnicity);
        cv.put("politicalTheoryCode", theory);
        return Persons.create(cv);
    }

    private static String createIn(String marker, String surname, String middle, String given, UUID unit) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.put("otherNames", marker);
        cv.put("currentOrgUnitId", unit.toString());
        return Persons.create(cv);
    }

    private static UUID unit(UUID parent, String name) {
        return OrgUnits.unit(parent, name);
    }

    private static List<String> ids(Map<String, String> params) {
        return given().queryParams(params).when().get(Persons.PATH).then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    /** A word no real name contains, to keep one test's persons apart from the others'. */
    @Test
    void shouldShowEachFoundMemberWithTheNameOfTheirOwnCell() {
        String marker = marker();
        UUID east = OrgUnits.unit(null, "Chi bộ khu phố Đông");
        UUID west = OrgUnits.unit(null, "Chi bộ khu phố Tây");
        String inEast = member(marker, "Lã", "Văn", "Đông", east);
        String inWest = member(marker, "Lã", "Văn", "Tây", west);

        JsonPath page = given().queryParam("q", marker).when().get(Persons.PATH).then().statusCode(200).extract()
                .jsonPath();
        assertThat(page.getString("items.find { it.id == '" + inEast + "' }.membership.cellName"))
                .isEqualTo("Chi bộ khu phố Đông");
        assertThat(page.getString("items.find { it.id == '" + inWest + "' }.membership.cellName"))
                .isEqualTo("Chi bộ khu phố Tây");
    }

    @Test
    void shouldHaveEveryPersonABoardOfficerFindsOnRecordByTheTimeTheAnswerArrives() {
        String marker = marker();
        UUID cell = OrgUnits.unit(null, "Chi bộ thôn Trung");
        String first = member(marker, "Khổng", "Minh", "Triết", cell);
        String second = member(marker, "Khổng", "Thị", "Hiền", cell);

        given().header(Tokens.as("tim-kiem-ban")).header("X-Request-Id", "req-search-" + marker)
                .queryParam("q", marker).when().get(Persons.PATH).then().statusCode(200)
                .body("items.id", hasItem(first)).body("items.id", hasItem(second));

        String admin = Tokens.scoped("quan-tri", List.of(), "administrator");
        for (String person : List.of(first, second)) {
            given().header("Authorization", admin).queryParam("personId", person).when()
                    .get("/api/v1/restricted-reads").then().statusCode(200)
                    .body("items.find { it.requestId == 'req-search-" + marker + "' }.actor", equalTo("tim-kiem-ban"))
                    .body("items.find { it.requestId == 'req-search-" + marker + "' }.kind",
                            equalTo("SENSITIVE_FIELDS"));
        }
    }

    @Test
    void shouldRecordTheReadsOfThePersonsShownOnlyNotOfTheOneReadToKnowAnotherPageFollows() {
        String marker = marker();
        UUID cell = OrgUnits.unit(null, "Chi bộ thôn Hậu");
        List<String> found = List.of(member(marker, "Khổng", "Văn", "An", cell),
                member(marker, "Khổng", "Văn", "Bình", cell), member(marker, "Khổng", "Văn", "Cường", cell));
        String request = "req-page-" + marker;

        List<String> shown = given().header(Tokens.as("tim-kiem-ban")).header("X-Request-Id", request)
                .queryParam("q", marker).queryParam("limit", 2).when().get(Persons.PATH).then().statusCode(200)
                .body("nextPageToken", notNullValue()).extract().path("items.id");

        String admin = Tokens.scoped("quan-tri", List.of(), "administrator");
        assertThat(shown).hasSize(2);
        for (String person : found) {
            List<String> requests = given().header("Authorization", admin).queryParam("personId", person).when()
                    .get("/api/v1/restricted-reads").then().statusCode(200).extract().path("items.requestId");
            assertThat(requests.contains(request)).as("a read of %s on record", person)
                    .isEqualTo(shown.contains(person));
        }
    }

    /** A person with the marker among their other names, admitted to the cell. */
    private static String member(String marker, String surname, String middle, String given, UUID cell) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.remove("nationalId");
        cv.put("otherNames", marker);
        String person = Persons.create(cv);
        Members.admit(Members.admission(person, cell, LocalDate.of(2024, 5, 19))).statusCode(201);
        return person;
    }

    private static String marker() {
        StringBuilder marker = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            marker.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return marker.toString();
    }
}
