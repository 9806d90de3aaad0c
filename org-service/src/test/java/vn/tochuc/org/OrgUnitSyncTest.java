package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.TestTokens;

/**
 * What a mobile app needs to keep the structure on a device: a feed of what changed since its last sync, and lists
 * and trees that answer 304 when nothing changed since the copy it holds.
 */
@QuarkusTest
class OrgUnitSyncTest {

    private static final String FEED = "/api/v1/org-units/changes";

    @Test
    void shouldFeedTheUnitsChangedSinceATimeInOrderPageByPageAsTheyAreToday() {
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        List<String> ours = List.of(OrgUnits.create("Chi bộ đồng bộ An"), OrgUnits.create("Chi bộ đồng bộ Bình"),
                OrgUnits.create("Chi bộ đồng bộ Cường"));

        List<Map<String, Object>> seen = new ArrayList<>();
        String token = null;
        do {
            JsonPath page = feed(null, since, 2, token);
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.getList("items"));
            token = page.getString("nextPageToken");
        } while (token != null);

        List<Map<String, Object>> mine = seen.stream().filter(c -> ours.contains(c.get("id"))).toList();
        assertThat(mine).extracting(c -> c.get("id")).containsExactlyElementsOf(ours);
        assertThat(mine).extracting(c -> c.get("change")).containsOnly("UPSERT");
        assertThat(mine.stream().map(c -> (Object) ((Map<?, ?>) c.get("unit")).get("name")).toList())
                .containsExactly("Chi bộ đồng bộ An", "Chi bộ đồng bộ Bình", "Chi bộ đồng bộ Cường");

        String lastSync = (String) seen.get(seen.size() - 1).get("changedAt");
        Cases.apply(Cases.caseOf("RENAME", "unitId", ours.get(0), "newName", "Chi bộ đồng bộ An Hòa"));
        JsonPath next = feed(null, lastSync, 50, null);
        assertThat(next.getList("items.id")).contains(ours.get(0)).doesNotContain(ours.get(1), ours.get(2));
        assertThat(next.getString("items.find { it.id == '" + ours.get(0) + "' }.unit.name"))
                .isEqualTo("Chi bộ đồng bộ An Hòa");
    }

    @Test
    void shouldSendATombstoneForAUnitThatCeased() {
        String unit = Cases.unit("Chi bộ Công ty đồng bộ Z", "GRASSROOTS_PARTY_CELL", null);
        String since = OffsetDateTime.now().minusSeconds(1).toString();

        Cases.apply(Cases.caseOf("DISSOLVE", "unitId", unit));

        JsonPath feed = feed(null, since, 200, null);
        assertThat(feed.getString("items.find { it.id == '" + unit + "' }.change")).isEqualTo("REMOVED");
        assertThat(feed.getMap("items.find { it.id == '" + unit + "' }")).doesNotContainKey("unit");
    }

    @Test
    void shouldFeedEveryUnitToEveryCallerBecauseTheStructureIsPublicInTheProvince() {
        String mine = OrgUnits.create("Chi bộ của tôi");
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        String elsewhere = OrgUnits.create("Chi bộ nơi khác");
        String officer = TestTokens.bearer(TestTokens.token("can-bo@dongbo", List.of(UUID.fromString(mine)),
                "unit-officer"));

        assertThat(feed(officer, since, 200, null).getList("items.id")).contains(elsewhere);
    }

    @Test
    void shouldRefuseAMissingOrMalformedSinceAndAForgedPageTokenAsProblems() {
        given().when().get(FEED).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("since"));
        given().queryParam("since", "hôm qua").when().get(FEED).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("since"));
        given().queryParam("since", "2026-11-01").when().get(FEED).then().statusCode(400)
                .body("errors.field", hasItem("since"));
        given().queryParam("since", "2026-11-01T00:00:00Z").queryParam("pageToken", "bm90LWEtdG9rZW4")
                .when().get(FEED).then().statusCode(400).body("type", endsWith("/validation-failed"));
        given().queryParam("since", "2026-11-01T00:00:00Z").queryParam("limit", "201").when().get(FEED).then()
                .statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void shouldAnswerNotModifiedToAListWhoseWeakETagStillMatches() {
        String marker = "Chi bộ thẻ yếu " + OrgUnits.uniqueCode();
        OrgUnits.create(marker + " 1");
        var first = given().queryParam("q", marker).when().get("/api/v1/org-units").then().statusCode(200)
                .header("ETag", startsWith("W/\"")).header("Cache-Control", "private, no-cache").extract();

        given().queryParam("q", marker).header("If-None-Match", first.header("ETag")).when().get("/api/v1/org-units")
                .then().statusCode(304).header("ETag", first.header("ETag")).body(emptyOrNullString());
    }

    @Test
    void shouldAnswerAChangedListInFullWithANewWeakETag() {
        String marker = "Chi bộ đổi danh sách " + OrgUnits.uniqueCode();
        OrgUnits.create(marker + " 1");
        String before = given().queryParam("q", marker).when().get("/api/v1/org-units").then().statusCode(200)
                .extract().header("ETag");

        OrgUnits.create(marker + " 2");

        var after = given().queryParam("q", marker).header("If-None-Match", before).when().get("/api/v1/org-units")
                .then().statusCode(200).extract();
        assertThat(after.jsonPath().getList("items.name")).hasSize(2);
        assertThat(after.header("ETag")).startsWith("W/\"").isNotEqualTo(before);
    }

    @Test
    void shouldAnswerNotModifiedToATreeUntilTheStructureChanges() {
        String district = Cases.unit("Huyện ủy thẻ cây", "DISTRICT_PARTY_COMMITTEE", null);
        String subtree = "/api/v1/org-units/" + district + "/subtree";
        String tag = given().when().get(subtree).then().statusCode(200).header("ETag", startsWith("W/\""))
                .extract().header("ETag");
        given().header("If-None-Match", tag).when().get(subtree).then().statusCode(304).body(emptyOrNullString());
        String treeTag = given().queryParam("depth", 0).when().get("/api/v1/org-units/tree").then().statusCode(200)
                .header("ETag", startsWith("W/\"")).extract().header("ETag");
        given().queryParam("depth", 0).header("If-None-Match", treeTag).when().get("/api/v1/org-units/tree").then()
                .statusCode(304);

        Cases.unit("Đảng bộ xã thẻ cây", "GRASSROOTS_PARTY_COMMITTEE", district);

        var changed = given().header("If-None-Match", tag).when().get(subtree).then().statusCode(200).extract();
        assertThat(changed.jsonPath().getList("name")).contains("Đảng bộ xã thẻ cây");
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
    }

    private static JsonPath feed(String token, String since, int limit, String pageToken) {
        var request = given().queryParam("since", since).queryParam("limit", limit);
        if (token != null) {
            request.header("Authorization", token);
        }
        if (pageToken != null) {
            request.queryParam("pageToken", pageToken);
        }
        return request.when().get(FEED).then().statusCode(200).extract().jsonPath();
    }
}
