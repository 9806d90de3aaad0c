package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.EventCatalog;

/** Planning (quy hoạch) from addition to removal: versioned, audited, published as the catalog says. */
@QuarkusTest
class PlanningTest {

    @Test
    void shouldPlanAPersonForAPositionAndPublishTheAddedEventTheCatalogDescribes() {
        UUID unit = OrgUnits.unit(null, "Thành ủy Vĩnh Yên");
        UUID position = Positions.of(unit);
        String person = Members.person("Nguyễn", "Trung", "Hải");
        String id = Plannings.add(Plannings.forPosition(person, position, "2025-2030")).statusCode(201)
                .header("ETag", "\"0\"").header("Location", containsString(Plannings.PATH + "/"))
                .body("personName", equalTo("Nguyễn Trung Hải")).body("orgUnitId", equalTo(unit.toString()))
                .body("orgUnitName", equalTo("Thành ủy Vĩnh Yên")).body("titleCode", equalTo("SECRETARY"))
                .body("positionName", equalTo("Bí thư")).body("term", equalTo("2025-2030"))
                .body("removedOn", nullValue()).extract().path("id");

        JsonNode event = Plannings.awaitEvent(id, "vn.tochuc.cadre.planning.added.v1");
        EventCatalog.assertDescribes(event);
        assertThat(EventCatalog.catalog().at("/channels/planning/address").asText()).isEqualTo(Plannings.TOPIC);
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.at("/data/personId").asText()).isEqualTo(person);
        assertThat(event.at("/data/positionId").asText()).isEqualTo(position.toString());
        assertThat(event.at("/data/term").asText()).isEqualTo("2025-2030");
        assertThat(event.at("/data/decision/number").asText()).isEqualTo("102-QĐ/TU");

        given().header("If-None-Match", "\"0\"").when().get(Plannings.PATH + "/" + id).then().statusCode(304);
        given().when().get(Plannings.PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
        given().when().get(Persons.PATH + "/" + person + "/audit").then().statusCode(200)
                .body("find { it.action == 'PLANNING_ADDED' }.actor", equalTo("ban-to-chuc"));
    }

    @Test
    void shouldPlanForATitleOfAUnitThatHasNoSuchPositionYet() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Tam Dương");
        String person = Members.person("Nguyễn", "Thanh", "Tùng");
        Map<String, Object> body = Plannings.forPosition(person, UUID.randomUUID(), "2030-2035");
        body.remove("positionId");
        body.put("titleCode", "DEPUTY_SECRETARY");
        body.put("orgUnitId", unit.toString());
        Plannings.add(body).statusCode(201).body("positionId", nullValue())
                .body("titleCode", equalTo("DEPUTY_SECRETARY")).body("term", equalTo("2030-2035"));
    }

    @Test
    void shouldRemoveFromPlanningOnlyWithTheCurrentVersionKeepTheEntryAndPublishTheRemovedEvent() {
        UUID unit = OrgUnits.unit(null, "Huyện ủy Tam Dương");
        String person = Members.person("Lê", "Văn", "Bình");
        String id = Plannings.added(Plannings.forPosition(person, Positions.of(unit), "2025-2030"));
        Map<String, Object> removal = Plannings.removal("Không còn đủ tiêu chuẩn về sức khỏe", LocalDate.of(2026, 2, 1));

        given().contentType("application/json").body(removal).when().post(Plannings.PATH + "/" + id + "/removal")
                .then().statusCode(428);
        Plannings.remove(id, 5, removal).statusCode(412)
                .body("type", equalTo("https://tochuc.vn/problems/stale-version"));
        Plannings.remove(id, 0, removal).statusCode(200).header("ETag", "\"1\"")
                .body("removedOn", equalTo("2026-02-01"))
                .body("removalReason", equalTo("Không còn đủ tiêu chuẩn về sức khỏe"));

        JsonNode removed = Plannings.awaitEvent(id, "vn.tochuc.cadre.planning.removed.v1");
        EventCatalog.assertDescribes(removed);
        assertThat(removed.at("/data/removedOn").asText()).isEqualTo("2026-02-01");
        assertThat(removed.at("/data/reason").isMissingNode()).as("the confidential reason is not published").isTrue();

        Plannings.remove(id, 1, removal).statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/planning-removed"));
        given().when().get(Plannings.PATH + "/" + id).then().statusCode(200).body("removedOn", equalTo("2026-02-01"));
        given().queryParam("personId", person).when().get(Plannings.PATH).then().statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("personId", person).queryParam("includeRemoved", "true").when().get(Plannings.PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().when().get(Persons.PATH + "/" + person + "/audit").then().statusCode(200)
                .body("findAll { it.action == 'PLANNING_REMOVED' }", hasSize(1));
    }

    @Test
    void shouldRefuseAPersonBarredByDisciplineSayingUntilWhenAndAcceptThemAfterTheBar() {
        UUID cell = OrgUnits.unit(null, "Chi bộ Sở Nội vụ");
        String person = Disciplines.member("Phan", "Văn", "Khải", cell);
        Disciplines.decide(Disciplines.request(person, "PARTY", "REPRIMAND", LocalDate.of(2026, 1, 5), cell))
                .statusCode(201).body("barredUntil", equalTo("2028-01-10"));
        UUID position = Positions.of(cell);
        Map<String, Object> during = Plannings.forPosition(person, position, "2025-2030");
        during.put("plannedOn", "2026-06-01");
        Plannings.add(during).statusCode(409).body("type", equalTo("https://tochuc.vn/problems/barred-by-discipline"))
                .body("detail", containsString("barred from planning to a higher post until 2028-01-09"));
        Map<String, Object> after = Plannings.forPosition(person, position, "2025-2030");
        after.put("plannedOn", "2028-01-10");
        Plannings.add(after).statusCode(201);
    }

    @Test
    void shouldRefuseToPlanTheSamePersonTwiceForTheSameSeatAndTermButAllowAnotherTerm() {
        UUID unit = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy");
        UUID position = Positions.of(unit);
        String person = Members.person("Trần", "Việt", "Cường");
        String first = Plannings.added(Plannings.forPosition(person, position, "2025-2030"));
        Plannings.add(Plannings.forPosition(person, position, "2025-2030")).statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/already-planned"));
        Plannings.add(Plannings.forPosition(person, position, "2030-2035")).statusCode(201);
        Plannings.remove(first, 0, Plannings.removal("Điều chỉnh quy hoạch", LocalDate.of(2025, 6, 1)))
                .statusCode(200);
        Plannings.add(Plannings.forPosition(person, position, "2025-2030")).statusCode(201);
    }

    @Test
    void shouldListAUnitsEntriesOfATermPageByPage() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy Khối cơ quan");
        UUID position = Positions.of(unit);
        for (String name : List.of("An", "Bình", "Chi")) {
            Plannings.added(Plannings.forPosition(Members.person("Đỗ", "Văn", name), position, "2025-2030"));
        }
        Plannings.added(Plannings.forPosition(Members.person("Đỗ", "Thị", "Dung"), position, "2030-2035"));

        String token = given().queryParam("orgUnitId", unit.toString()).queryParam("term", "2025-2030")
                .queryParam("limit", 2).when().get(Plannings.PATH).then().statusCode(200)
                .body("items", hasSize(2)).body("nextPageToken", notNullValue()).extract().path("nextPageToken");
        given().queryParam("orgUnitId", unit.toString()).queryParam("term", "2025-2030").queryParam("limit", 2)
                .queryParam("pageToken", token).when().get(Plannings.PATH).then().statusCode(200)
                .body("items", hasSize(1)).body("nextPageToken", nullValue());
        given().queryParam("orgUnitId", unit.toString()).when().get(Plannings.PATH).then().statusCode(200)
                .body("items.term", equalTo(List.of("2025-2030", "2025-2030", "2025-2030", "2030-2035")));
    }

    @Test
    void shouldReportCoveragePerPositionAndThePositionsWithNobodyPlanned() {
        UUID unit = OrgUnits.unit(null, "Ủy ban Kiểm tra Tỉnh ủy");
        UUID covered = Positions.of(unit);
        Positions.of(unit);
        Plannings.added(Plannings.forPosition(Members.person("Lương", "Đức", "Minh"), covered, "2025-2030"));
        Plannings.added(Plannings.forPosition(Members.person("Hoàng", "Văn", "Thụ"), covered, "2025-2030"));
        Map<String, Object> byTitle = Plannings.forPosition(Members.person("Vũ", "Thị", "Hoà"), covered, "2025-2030");
        byTitle.remove("positionId");
        byTitle.put("titleCode", "VICE_CHAIR");
        byTitle.put("orgUnitId", unit.toString());
        Plannings.added(byTitle);

        given().queryParam("orgUnitId", unit.toString()).queryParam("term", "2025-2030").when()
                .get(Plannings.PATH + "/coverage").then().statusCode(200)
                .body("orgUnitName", equalTo("Ủy ban Kiểm tra Tỉnh ủy")).body("positions", hasSize(2))
                .body("positions.find { it.positionId == '" + covered + "' }.planned", equalTo(2))
                .body("positionsWithNobodyPlanned", equalTo(1))
                .body("titlesWithoutPosition[0].titleCode", equalTo("VICE_CHAIR"))
                .body("titlesWithoutPosition[0].planned", equalTo(1));
        given().queryParam("orgUnitId", unit.toString()).queryParam("term", "2030-2035").when()
                .get(Plannings.PATH + "/coverage").then().statusCode(200).body("positionsWithNobodyPlanned", equalTo(2));
        given().queryParam("orgUnitId", UUID.randomUUID().toString()).queryParam("term", "2025-2030").when()
                .get(Plannings.PATH + "/coverage").then().statusCode(404);
        given().queryParam("orgUnitId", unit.toString()).queryParam("term", "2025").when()
                .get(Plannings.PATH + "/coverage").then().statusCode(400).body("errors.field", equalTo(List.of("term")));
    }
}
