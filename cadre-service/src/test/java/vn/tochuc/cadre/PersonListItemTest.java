package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A person in the list carries what their CV shows of them: the list's columns, the membership in force and its
 * cell's name, whether the list was searched by name or not (the page's one statement, PersonQueries.find).
 * The persons here are born on 5 November 1968, a date no other test uses, so that no other test's person gets one
 * of them as a possible duplicate (same birth name, same year).
 */
@QuarkusTest
class PersonListItemTest {

    private static final String BORN = "1968-11-05";
    /** What a list item has in common with the CV; the CV adds the rest of the record. */
    private static final List<String> SHARED = List.of("id", "fullName", "birthName", "nameInUse", "sex",
            "dateOfBirth", "dateOfBirthPrecision", "ethnicityCode", "politicalTheoryCode", "currentOrgUnitId",
            "membership", "version");

    @Test
    void shouldListAMemberWithTheColumnsTheMembershipAndTheCellNameTheirCvShows() {
        String marker = marker();
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Lạc Thủy " + marker);
        UUID cell = OrgUnits.unit(unit, "Chi bộ thôn Đồng Mạc " + marker);
        Map<String, Object> cv = cv(marker, "Mạc", "Đăng", "Doanh", unit);
        cv.put("nameInUse", Persons.name("Mạc", "Văn", "Doanh"));
        String person = Persons.create(cv);
        String membership = Members.admit(Members.admission(person, cell, LocalDate.of(2010, 6, 2))).statusCode(201)
                .extract().path("id");

        Map<String, Object> byName = onlyItem(Map.of("q", marker));
        Map<String, Object> byUnit = onlyItem(Map.of("orgUnitId", unit.toString()));

        assertThat(byName).isEqualTo(shownInCv(person)).isEqualTo(byUnit);
        assertThat(byName).containsEntry("fullName", "Mạc Văn Doanh").containsEntry("dateOfBirth", BORN);
        assertThat(membershipOf(byName)).containsEntry("id", membership)
                .containsEntry("cellId", cell.toString())
                .containsEntry("cellName", "Chi bộ thôn Đồng Mạc " + marker)
                .containsEntry("stage", "PROBATIONARY")
                .containsEntry("admittedOn", "2010-06-02");
    }

    @Test
    void shouldListTheMembershipInForceOfAMemberWhoLeftAndWasAdmittedAgain() {
        String marker = marker();
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Lạc Sơn " + marker);
        UUID first = OrgUnits.unit(unit, "Chi bộ thôn Cũ " + marker);
        UUID second = OrgUnits.unit(unit, "Chi bộ thôn Mới " + marker);
        String person = Persons.create(cv(marker, "Mạc", "Thị", "Bưởi", unit));
        String left = Members.admit(Members.admission(person, first, LocalDate.of(2001, 3, 3))).statusCode(201)
                .extract().path("id");
        Members.step(left, "leaving", 0, Map.of("reason", "ALLOWED_TO_LEAVE", "effectiveOn", "2005-03-03"))
                .statusCode(200);
        String again = Members.admit(Members.admission(person, second, LocalDate.of(2012, 9, 1))).statusCode(201)
                .extract().path("id");

        Map<String, Object> item = onlyItem(Map.of("orgUnitId", unit.toString()));

        assertThat(item).isEqualTo(shownInCv(person));
        assertThat(membershipOf(item)).containsEntry("id", again).containsEntry("cellName", "Chi bộ thôn Mới " + marker);
    }

    @Test
    void shouldListAPersonNeverAdmittedWithoutAMembership() {
        String marker = marker();
        UUID unit = OrgUnits.unit(null, "Ủy ban xã Lạc Hưng " + marker);
        String person = Persons.create(cv(marker, "Mạc", "Cửu", "Kinh", unit));

        Map<String, Object> item = onlyItem(Map.of("q", marker));

        assertThat(item).isEqualTo(shownInCv(person)).doesNotContainKey("membership");
    }

    /** A CV born on {@link #BORN}, without a national ID, with the marker among its other names. */
    private static Map<String, Object> cv(String marker, String surname, String middle, String given, UUID unit) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.remove("nationalId");
        cv.put("dateOfBirth", BORN);
        cv.put("otherNames", marker);
        cv.put("currentOrgUnitId", unit.toString());
        return cv;
    }

    private static Map<String, Object> onlyItem(Map<String, String> params) {
        List<Map<String, Object>> items = given().queryParams(params).when().get(Persons.PATH).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(items).as("the list for %s", params).hasSize(1);
        return items.get(0);
    }

    /** The CV's fields that a list item carries too, as GET /api/v1/persons/{id} answers them. */
    private static Map<String, Object> shownInCv(String person) {
        Map<String, Object> cv = given().when().get(Persons.PATH + "/" + person).then().statusCode(200).extract()
                .jsonPath().getMap("");
        Map<String, Object> shared = new java.util.HashMap<>(cv);
        shared.keySet().retainAll(SHARED);
        return shared;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> membershipOf(Map<String, Object> item) {
        return (Map<String, Object>) item.get("membership");
    }

    /** A word no real name contains, to keep this test's persons apart from the others'. */
    private static String marker() {
        StringBuilder marker = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            marker.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return marker.toString();
    }
}
