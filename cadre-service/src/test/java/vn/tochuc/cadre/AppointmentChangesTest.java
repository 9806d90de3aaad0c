package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mobile sync feed of appointments: what changed for the people of my units since my last sync. */
@QuarkusTest
class AppointmentChangesTest {

    private static final String PATH = "/api/v1/appointments/changes";

    @Test
    void shouldFeedTheChangedAppointmentsOfTheCallersPeopleInOrderPageByPage() {
        UUID commune = OrgUnits.unit(null, "Đảng ủy xã Kim Long");
        UUID elsewhere = OrgUnits.unit(null, "Đảng ủy xã Hoàng Hoa");
        String person = personIn(commune, "Khánh");
        String stranger = personIn(elsewhere, "Lâm");
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        List<String> ours = List.of(appoint(person, commune, 2021), appoint(person, commune, 2022),
                appoint(person, commune, 2023));
        String theirs = appoint(stranger, elsewhere, 2021);
        String officer = Tokens.scoped("to-chuc@kimlong", List.of(commune), "unit-officer");

        JsonPath first = feed(officer, since, 2, null);
        JsonPath second = feed(officer, since, 2, first.getString("nextPageToken"));

        List<String> seen = new ArrayList<>(first.getList("items.id"));
        seen.addAll(second.getList("items.id"));
        assertThat(seen).containsExactlyElementsOf(ours).doesNotContain(theirs);
        assertThat(first.getList("items.change")).containsOnly("UPSERT");
        assertThat(first.getString("items[0].appointment.personId")).isEqualTo(person);
        assertThat(second.getString("nextPageToken")).isNull();

        String lastSync = second.getString("items[-1].changedAt");
        long version = given().header(Tokens.as("ban-to-chuc")).when().get(Appointments.PATH + "/" + ours.get(0))
                .then().statusCode(200).extract().jsonPath().getLong("version");
        Appointments.end(ours.get(0), version, "RELIEVED", LocalDate.of(2024, 1, 1)).statusCode(200);
        JsonPath next = feed(officer, lastSync, 50, null);
        assertThat(next.getList("items.id")).containsExactly(ours.get(0));
        assertThat(next.getString("items[0].appointment.endDate")).isEqualTo("2024-01-01");
    }

    @Test
    void shouldSendTombstonesToTheUnitAPersonLeftAndTheAppointmentsToTheUnitTheyJoined() {
        UUID from = OrgUnits.unit(null, "Đảng ủy xã Tiến Thịnh");
        UUID to = OrgUnits.unit(null, "Đảng ủy xã Tráng Việt");
        String person = personIn(from, "Minh");
        String appointment = appoint(person, from, 2021);
        // after the appointment was made: what follows comes from the move alone
        String since = OffsetDateTime.now().toString();
        String leaving = Tokens.scoped("to-chuc@tienthinh", List.of(from), "unit-officer");
        String joining = Tokens.scoped("to-chuc@trangviet", List.of(to), "viewer");

        move(person, to);

        JsonPath left = feed(leaving, since, 50, null);
        assertThat(left.getList("items.id")).containsExactly(appointment);
        assertThat(left.getList("items.change")).containsExactly("REMOVED");
        assertThat(left.getMap("items[0]")).doesNotContainKey("appointment");
        JsonPath joined = feed(joining, since, 50, null);
        assertThat(joined.getList("items.id")).containsExactly(appointment);
        assertThat(joined.getList("items.change")).containsExactly("UPSERT");
        assertThat(joined.getString("items[0].appointment.orgUnitId")).isEqualTo(from.toString());
    }

    @Test
    void shouldGiveAProvinceWideCallerEveryChangeAndNoTombstones() {
        UUID from = OrgUnits.unit(null, "Đảng ủy xã Đồng Tĩnh");
        UUID to = OrgUnits.unit(null, "Đảng ủy xã Hướng Đạo");
        String person = personIn(from, "Nam");
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        String appointment = appoint(person, from, 2021);

        move(person, to);

        JsonPath feed = feed(Tokens.boardOfficer("ban-to-chuc"), since, 200, null);
        assertThat(feed.getList("items.findAll { it.id == '" + appointment + "' }.change")).containsExactly("UPSERT");
    }

    @Test
    void shouldRefuseAMissingOrMalformedSinceAndAForgedPageTokenAsProblems() {
        given().when().get(PATH).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("since"));
        given().queryParam("since", "2026-11-01T00:00:00").when().get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("since"));
        given().queryParam("since", "2026-11-01T00:00:00Z").queryParam("pageToken", "bm90LWEtdG9rZW4")
                .when().get(PATH).then().statusCode(400).body("type", endsWith("/validation-failed"));
        given().queryParam("since", "2026-11-01T00:00:00Z").queryParam("limit", "1000").when().get(PATH).then()
                .statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void shouldAnswerNotModifiedWhenNothingChangedSinceTheFeedPageTheCallerHolds() {
        UUID commune = OrgUnits.unit(null, "Đảng ủy xã Minh Quang");
        String officer = Tokens.scoped("to-chuc@minhquang", List.of(commune), "unit-officer");
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        var first = given().header("Authorization", officer).queryParam("since", since).when().get(PATH).then()
                .statusCode(200).header("ETag", startsWith("W/\"")).extract();

        given().header("Authorization", officer).header("If-None-Match", first.header("ETag"))
                .queryParam("since", since).when().get(PATH).then().statusCode(304).body(emptyOrNullString());
        appoint(personIn(commune, "Oanh"), commune, 2021);
        given().header("Authorization", officer).header("If-None-Match", first.header("ETag"))
                .queryParam("since", since).when().get(PATH).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(first.header("ETag")));
    }

    private static JsonPath feed(String token, String since, int limit, String pageToken) {
        var request = given().header("Authorization", token).queryParam("since", since).queryParam("limit", limit);
        if (pageToken != null) {
            request.queryParam("pageToken", pageToken);
        }
        return request.when().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    private static String appoint(String person, UUID unit, int year) {
        return Appointments.started(Appointments.request(person, unit, "APPOINTED", LocalDate.of(year, 1, 1)));
    }

    private static String personIn(UUID unit, String given) {
        Map<String, Object> cv = Persons.cv("Đỗ", "Văn", given);
        cv.put("currentOrgUnitId", unit.toString());
        return Persons.create(cv);
    }

    /** The person's record moves to another managing unit (the CV as read, with the new unit). */
    private static void move(String id, UUID unit) {
        Map<String, Object> cv = given().when().get(Persons.PATH + "/" + id).then().statusCode(200).extract()
                .jsonPath().getMap("");
        long version = ((Number) cv.get("version")).longValue();
        Map<String, Object> changed = Persons.cv("Đỗ", "Văn", "x");
        changed.put("birthName", cv.get("birthName"));
        changed.put("nationalId", cv.get("nationalId"));
        changed.put("currentOrgUnitId", unit.toString());
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(changed).when()
                .put(Persons.PATH + "/" + id).then().statusCode(200);
    }
}
