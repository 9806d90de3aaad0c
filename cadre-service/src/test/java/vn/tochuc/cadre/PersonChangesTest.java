package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mobile sync feed: what changed in my units since my last sync, and what left them. */
@QuarkusTest
class PersonChangesTest {

    private static final String PATH = "/api/v1/persons/changes";

    @Test
    void shouldFeedTheChangedPeopleOfTheCallersUnitsInOrderPageByPage() {
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        UUID commune = OrgUnits.unit(null, "Đảng ủy xã Hợp Châu");
        UUID elsewhere = OrgUnits.unit(null, "Đảng ủy xã Đạo Trù");
        List<String> ours = List.of(personIn(commune, "An"), personIn(commune, "Bình"), personIn(commune, "Cường"));
        personIn(elsewhere, "Dũng");
        String officer = Tokens.scoped("to-chuc@hopchau", List.of(commune), "unit-officer");

        JsonPath first = feed(officer, since, 2, null);
        JsonPath second = feed(officer, since, 2, first.getString("nextPageToken"));

        List<String> seen = new ArrayList<>(first.getList("items.id"));
        seen.addAll(second.getList("items.id"));
        assertThat(seen).containsExactlyElementsOf(ours);
        assertThat(first.getList("items.change")).containsOnly("UPSERT");
        assertThat(second.getString("nextPageToken")).isNull();

        String lastSync = second.getString("items[-1].changedAt");
        update(ours.get(0), commune, "Tin học văn phòng nâng cao");
        JsonPath next = feed(officer, lastSync, 50, null);
        assertThat(next.getList("items.id")).containsExactly(ours.get(0));
        assertThat(next.getString("items[0].person.fullName")).isEqualTo("Lê Văn An");
    }

    @Test
    void shouldSendATombstoneToTheUnitARecordLeftAndTheRecordToTheUnitItJoined() {
        UUID from = OrgUnits.unit(null, "Đảng ủy xã Bàn Giản");
        UUID to = OrgUnits.unit(null, "Đảng ủy xã Liễn Sơn");
        String person = personIn(from, "Giang");
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        String leaving = Tokens.scoped("to-chuc@bangian", List.of(from), "unit-officer");
        String joining = Tokens.scoped("to-chuc@lienson", List.of(to), "viewer");

        update(person, to, "Tin học văn phòng");

        JsonPath left = feed(leaving, since, 50, null);
        assertThat(left.getList("items.id")).containsExactly(person);
        assertThat(left.getList("items.change")).containsExactly("REMOVED");
        assertThat(left.getString("items[0].person")).isNull();
        JsonPath joined = feed(joining, since, 50, null);
        assertThat(joined.getList("items.id")).containsExactly(person);
        assertThat(joined.getList("items.change")).containsExactly("UPSERT");
        assertThat(joined.getString("items[0].person.ethnicityCode")).as("withheld from a viewer").isNull();
        given().queryParam("since", since).when().get(PATH).then().statusCode(200)
                .body("items.findAll { it.id == '" + person + "' }.change", hasItem("UPSERT"))
                .body("items.findAll { it.id == '" + person + "' }.change", not(hasItem("REMOVED")));
    }

    @Test
    void shouldRefuseAMissingOrMalformedSinceAndAForgedPageToken() {
        given().when().get(PATH).then().statusCode(400).body("errors.field", hasItem("since"));
        given().queryParam("since", "hôm qua").when().get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("since"));
        given().queryParam("since", "2026-11-01").when().get(PATH).then().statusCode(400);
        given().queryParam("since", "2026-11-01T00:00:00Z").queryParam("pageToken", "bm90LWEtdG9rZW4")
                .when().get(PATH).then().statusCode(400).body("type", endsWith("/validation-failed"));
        given().queryParam("since", "2026-11-01T00:00:00Z").queryParam("limit", "0").when().get(PATH).then()
                .statusCode(400);
    }

    private static JsonPath feed(String token, String since, int limit, String pageToken) {
        var request = given().header("Authorization", token).queryParam("since", since).queryParam("limit", limit);
        if (pageToken != null) {
            request.queryParam("pageToken", pageToken);
        }
        return request.when().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    private static String personIn(UUID unit, String given) {
        Map<String, Object> cv = Persons.cv("Lê", "Văn", given);
        cv.put("currentOrgUnitId", unit.toString());
        return Persons.create(cv);
    }

    private static void update(String id, UUID unit, String itLevel) {
        Map<String, Object> cv = given().when().get(Persons.PATH + "/" + id).then().statusCode(200).extract()
                .jsonPath().getMap("");
        long version = ((Number) cv.get("version")).longValue();
        Map<String, Object> changed = Persons.cv("Lê", "Văn", "x");
        changed.put("birthName", cv.get("birthName"));
        changed.put("nationalId", cv.get("nationalId"));
        changed.put("currentOrgUnitId", unit.toString());
        changed.put("itLevel", itLevel);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(changed).when()
                .put(Persons.PATH + "/" + id).then().statusCode(200);
    }
}
