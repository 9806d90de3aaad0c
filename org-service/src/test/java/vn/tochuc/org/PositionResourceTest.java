package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.PositionVersion;
import vn.tochuc.org.event.AppointmentEvents;
import vn.tochuc.org.event.PositionEvents;
import vn.tochuc.org.event.StaffingQuotaEvents;
import vn.tochuc.platform.event.OutboxEvent;
import vn.tochuc.platform.testing.EventCatalog;

/** Positions of a unit: created, changed from a date with their history kept, ended, each with its event. */
@QuarkusTest
class PositionResourceTest {

    private static final String POSITIONS = "/api/v1/positions/";

    @Test
    void shouldCreateAPositionWithItsTitleAndPublishTheCreatedEvent() {
        String unit = OrgUnits.create("Tỉnh ủy thử chức danh");
        String id = Positions.post("/api/v1/positions", Map.of("orgUnitId", unit, "titleCode", "DEPUTY_SECRETARY",
                        "seats", 3, "managingBody", Positions.BODY, "validFrom", "2025-07-01",
                        "decision", Map.of("number", "45-QĐ/TU", "date", "2025-06-28", "issuer", Positions.BODY)))
                .statusCode(201).header("Location", containsString(POSITIONS)).header("ETag", "\"0\"")
                .body("titleName", equalTo("Phó Bí thư")).body("seats", equalTo(3)).body("status", equalTo("ACTIVE"))
                .extract().path("id");

        given().when().get(POSITIONS + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("managingBody", equalTo(Positions.BODY)).body("versions", hasSize(1));
        JsonNode event = Positions.event(PositionEvents.TOPIC, id, PositionEvents.CREATED_V1);
        assertThat(event.at("/data/effectiveDate").asText()).isEqualTo("2025-07-01");
        assertThat(event.at("/data/current/seats").asInt()).isEqualTo(3);
        assertThat(event.at("/data/previous").isNull()).isTrue();
        EventCatalog.assertDescribes(event);
    }

    @Test
    void shouldChangeSeatsFromADateAndKeepTheOldSeatsInTheHistory() {
        String unit = OrgUnits.create("Đảng ủy thử đổi số ghế");
        String id = Positions.create(unit, "DEPUTY_SECRETARY", 3, "2025-01-01");

        Positions.write("PATCH", POSITIONS + id, "\"0\"", Map.of("effectiveDate", "2026-01-01", "seats", 2))
                .statusCode(200).header("ETag", "\"1\"").body("seats", equalTo(2));

        given().queryParam("asOf", "2025-12-31").when().get(POSITIONS + id).then().body("seats", equalTo(3));
        given().queryParam("asOf", "2026-01-01").when().get(POSITIONS + id).then().body("seats", equalTo(2))
                .body("versions", hasSize(2)).body("versions[0].validTo", equalTo("2026-01-01"))
                .body("versions[1].change", equalTo("CHANGED"));
        JsonNode event = Positions.event(PositionEvents.TOPIC, id, PositionEvents.CHANGED_V1);
        assertThat(event.at("/data/effectiveDate").asText()).isEqualTo("2026-01-01");
        assertThat(event.at("/data/previous/seats").asInt()).isEqualTo(3);
        assertThat(event.at("/data/current/seats").asInt()).isEqualTo(2);
        EventCatalog.assertDescribes(event);
    }

    @Test
    void shouldRefuseAChangeWithoutIfMatchOrWithAStaleVersionAndWriteNothing() {
        String id = Positions.create(OrgUnits.create("Chi bộ thử If-Match"), "CELL_SECRETARY", 1, "2025-01-01");
        long events = OutboxEvent.count();
        Map<String, Object> change = Map.of("effectiveDate", "2026-01-01", "seats", 2);

        Positions.write("PATCH", POSITIONS + id, null, change).statusCode(428)
                .contentType("application/problem+json").body("type", containsString("precondition-required"));
        Positions.write("PATCH", POSITIONS + id, "\"7\"", change).statusCode(412)
                .body("type", containsString("stale-version"));
        Positions.write("POST", POSITIONS + id + "/end", null, Map.of("endDate", "2026-01-01")).statusCode(428);
        Positions.write("POST", POSITIONS + id + "/end", "\"3\"", Map.of("endDate", "2026-01-01")).statusCode(412);

        assertThat(PositionVersion.count("positionId", java.util.UUID.fromString(id))).isEqualTo(1);
        assertThat(OutboxEvent.count()).isEqualTo(events);
        given().when().get(POSITIONS + id).then().body("status", equalTo("ACTIVE")).header("ETag", "\"0\"");
    }

    @Test
    void shouldAnswerNotModifiedWhileTheETagIsCurrent() {
        String id = Positions.create(OrgUnits.create("Chi bộ thử 304"), "CELL_SECRETARY", 1, "2025-01-01");
        given().header("If-None-Match", "\"0\"").when().get(POSITIONS + id).then().statusCode(304);
        Positions.write("PATCH", POSITIONS + id, "\"0\"", Map.of("effectiveDate", "2026-01-01",
                "managingBody", "Ban Thường vụ Huyện ủy")).statusCode(200);
        given().header("If-None-Match", "\"0\"").when().get(POSITIONS + id).then().statusCode(200)
                .header("ETag", "\"1\"");
    }

    @Test
    void shouldEndAPositionAndKeepItReadableButNotInEffect() {
        String unit = OrgUnits.create("Chi bộ thử kết thúc chức danh");
        String id = Positions.create(unit, "CELL_DEPUTY_SECRETARY", 1, "2025-01-01");

        Positions.write("POST", POSITIONS + id + "/end", "\"0\"", Map.of("endDate", "2026-01-01")).statusCode(200)
                .body("status", equalTo("ENDED")).body("validTo", equalTo("2026-01-01"))
                .body("endReason", equalTo("ENDED"));

        given().queryParam("orgUnitId", unit).queryParam("asOf", "2025-12-31").when().get("/api/v1/positions")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().queryParam("orgUnitId", unit).queryParam("asOf", "2026-01-01").when().get("/api/v1/positions")
                .then().statusCode(200).body("items", hasSize(0));
        given().when().get(POSITIONS + id).then().statusCode(200).body("seats", nullValue())
                .body("versions[0].validTo", equalTo("2026-01-01"));
        JsonNode event = Positions.event(PositionEvents.TOPIC, id, PositionEvents.ENDED_V1);
        assertThat(event.at("/data/current/status").asText()).isEqualTo("ENDED");
        assertThat(event.at("/data/endReason").asText()).isEqualTo("ENDED");
        EventCatalog.assertDescribes(event);
        Positions.write("PATCH", POSITIONS + id, "\"1\"", Map.of("effectiveDate", "2026-02-01", "seats", 2))
                .statusCode(409).body("type", containsString("position-ended"));
    }

    @Test
    void shouldListAUnitsPositionsInTitleOrderAPageAtATime() {
        String unit = OrgUnits.create("Tỉnh ủy thử phân trang chức danh");
        String member = Positions.create(unit, "STANDING_COMMITTEE_MEMBER", 9, "2025-01-01");
        String secretary = Positions.create(unit, "SECRETARY", 1, "2025-01-01");
        String deputy = Positions.create(unit, "DEPUTY_SECRETARY", 2, "2025-01-01");

        var first = given().queryParam("orgUnitId", unit).queryParam("asOf", "2025-06-01").queryParam("limit", 2)
                .when().get("/api/v1/positions").then().statusCode(200)
                .body("nextPageToken", notNullValue()).extract();
        assertThat(first.<List<String>>path("items.id")).containsExactly(secretary, deputy);
        given().queryParam("orgUnitId", unit).queryParam("asOf", "2025-06-01").queryParam("limit", 2)
                .queryParam("pageToken", first.<String>path("nextPageToken")).when().get("/api/v1/positions")
                .then().statusCode(200).body("items.id", equalTo(List.of(member)))
                .body("nextPageToken", nullValue());
    }

    @Test
    void shouldUseTheTopicsTheEventCatalogNames() {
        JsonNode channels = EventCatalog.catalog().path("channels");
        assertThat(channels.at("/position/address").asText()).isEqualTo(PositionEvents.TOPIC);
        assertThat(channels.at("/staffingQuota/address").asText()).isEqualTo(StaffingQuotaEvents.TOPIC);
        assertThat(channels.at("/appointment/address").asText()).isEqualTo(AppointmentEvents.TOPIC);
    }

    @Test
    void shouldListTheSeededTitlesInVietnameseAndAddANewOne() {
        given().when().get("/api/v1/position-titles").then().statusCode(200)
                .body("find { it.code == 'SECRETARY' }.nameVi", equalTo("Bí thư"))
                .body("find { it.code == 'INSPECTION_CHAIR' }.nameVi", equalTo("Chủ nhiệm Ủy ban Kiểm tra"));
        String code = "TEST_" + OrgUnits.uniqueCode().substring(2).replace('-', '_');

        Positions.post("/api/v1/position-titles", Map.of("code", code, "nameVi", "Trưởng Ban Tuyên giáo",
                "nameEn", "Head of the propaganda board")).statusCode(201).header("ETag", "\"0\"");
        given().header("If-None-Match", "\"0\"").when().get("/api/v1/position-titles/" + code).then().statusCode(304);
        Positions.post("/api/v1/position-titles", Map.of("code", code, "nameVi", "Khác", "nameEn", "Other"))
                .statusCode(409).body("type", containsString("duplicate-code"));
        Positions.post("/api/v1/position-titles", Map.of("code", "lower case", "nameVi", "X", "nameEn", "X"))
                .statusCode(400).body("errors.field", hasItem("code"));
        given().when().get("/api/v1/position-titles").then().body("code", hasItem(code))
                .body("code", not(hasItem("lower case")));
    }
}
