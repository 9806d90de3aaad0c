package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.Regulation;
import vn.tochuc.org.event.OrgStructureEvents;
import vn.tochuc.platform.testing.EventCatalog;

/** Regulations are issued, replaced and repealed, and every version stays readable. */
@QuarkusTest
class RegulationTest {

    @Test
    void shouldReplaceARegulationAndKeepTheOldOneOnRecord() {
        String unit = Cases.unit("Ban Tổ chức Tỉnh ủy (quy chế)", "ADVISORY_BOARD", null);
        String first = issue(regulation(unit, "01-QC/BTCTU", "2021-01-01", null)).statusCode(201)
                .body("status", equalTo("IN_FORCE")).extract().path("id");
        Map<String, Object> replacement = regulation(unit, "02-QC/BTCTU", "2025-08-01", first);
        replacement.put("replacesVersion", 0);
        String second = issue(replacement).statusCode(201).extract().path("id");

        given().when().get("/api/v1/regulations/" + first).then()
                .body("status", equalTo("REPLACED")).body("effectiveTo", equalTo("2025-08-01"));
        given().queryParam("orgUnitId", unit).queryParam("asOf", "2024-01-01").when().get("/api/v1/regulations")
                .then().statusCode(200).body("id", contains(first));
        given().queryParam("orgUnitId", unit).queryParam("asOf", "2025-09-01").when().get("/api/v1/regulations")
                .then().statusCode(200).body("id", contains(second));
        EventCatalog.assertDescribes(Cases.eventOn(OrgStructureEvents.REGULATION_TOPIC, second,
                OrgStructureEvents.REGULATION_ISSUED_V1));
        EventCatalog.assertDescribes(Cases.eventOn(OrgStructureEvents.REGULATION_TOPIC, first,
                OrgStructureEvents.REGULATION_REPEALED_V1));
    }

    @Test
    void shouldReplaceARegulationOnlyWithTheVersionLastRead() {
        String unit = Cases.unit("Ban Dân vận Tỉnh ủy (quy chế)", "ADVISORY_BOARD", null);
        String first = issue(regulation(unit, "08-QC/BDVTU", "2021-01-01", null)).statusCode(201).extract().path("id");
        long before = Regulation.count();

        issue(regulation(unit, "09-QC/BDVTU", "2025-08-01", first)).statusCode(428)
                .contentType("application/problem+json").body("errors.field", hasItem("replacesVersion"));
        Map<String, Object> stale = regulation(unit, "09-QC/BDVTU", "2025-08-01", first);
        stale.put("replacesVersion", 3);
        issue(stale).statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/stale-version"));
        given().when().get("/api/v1/regulations/" + first).then().statusCode(200)
                .body("status", equalTo("IN_FORCE")).body("effectiveTo", equalTo(null)).header("ETag", "\"0\"");
        assertThat(Regulation.count()).isEqualTo(before);

        Map<String, Object> current = regulation(unit, "09-QC/BDVTU", "2025-08-01", first);
        current.put("replacesVersion", 0);
        issue(current).statusCode(201);
        given().when().get("/api/v1/regulations/" + first).then().body("status", equalTo("REPLACED"));
    }

    @Test
    void shouldRefuseARepealThatNamesNoStrongVersion() {
        String unit = Cases.unit("Ban Tuyên giáo Tỉnh ủy (quy chế)", "ADVISORY_BOARD", null);
        String id = issue(regulation(unit, "10-QC/BTGTU", "2021-01-01", null)).statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("from", "2026-01-01")).header("If-Match", "*")
                .when().post("/api/v1/regulations/" + id + "/repeal").then().statusCode(428)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("from", "2026-01-01")).header("If-Match", "W/\"0\"")
                .when().post("/api/v1/regulations/" + id + "/repeal").then().statusCode(412);
        given().when().get("/api/v1/regulations/" + id).then().body("status", equalTo("IN_FORCE"));
    }

    @Test
    void shouldRepealARegulationOnlyWithTheCurrentETag() {
        String unit = Cases.unit("Văn phòng Tỉnh ủy (quy chế)", "OFFICE", null);
        var issued = issue(regulation(unit, "03-QC/VPTU", "2022-01-01", null)).statusCode(201).extract();
        String id = issued.path("id");
        given().contentType(ContentType.JSON).body(Map.of("from", "2026-01-01"))
                .when().post("/api/v1/regulations/" + id + "/repeal").then().statusCode(428);
        given().contentType(ContentType.JSON).body(Map.of("from", "2026-01-01")).header("If-Match", issued.header("ETag"))
                .when().post("/api/v1/regulations/" + id + "/repeal").then().statusCode(200)
                .body("status", equalTo("REPEALED"));
        given().contentType(ContentType.JSON).body(Map.of("from", "2026-02-01")).header("If-Match", issued.header("ETag"))
                .when().post("/api/v1/regulations/" + id + "/repeal").then().statusCode(412);
    }

    @Test
    void shouldRefuseBadRegulationsAndWriteNothing() {
        String unit = Cases.unit("Ủy ban Kiểm tra (quy chế)", "INSPECTION_COMMISSION", null);
        long before = Regulation.count();
        Map<String, Object> inverted = regulation(unit, "04-QC", "2021-01-01", null);
        inverted.put("issuedOn", "2021-02-01");
        issue(inverted).statusCode(400).body("errors.field", hasItem("effectiveFrom"));
        Map<String, Object> wrongType = regulation(unit, "05-QC", "2021-01-01", null);
        wrongType.put("type", "POEM");
        issue(wrongType).statusCode(400).body("errors.field", hasItem("type"));
        issue(regulation("00000000-0000-0000-0000-000000000009", "06-QC", "2021-01-01", null)).statusCode(422);
        issue(regulation(unit, "07-QC", "2019-01-01", null)).statusCode(422);
        given().queryParam("orgUnitId", "not-an-id").when().get("/api/v1/regulations").then().statusCode(400);
        assertThat(Regulation.count()).isEqualTo(before);
    }

    private static Map<String, Object> regulation(String unit, String number, String from, String replaces) {
        Map<String, Object> body = new HashMap<>(Map.of("orgUnitId", unit, "type", "WORKING_RULES", "number", number,
                "title", "Quy chế làm việc", "issuer", "Ban Thường vụ Tỉnh ủy", "issuedOn", from, "effectiveFrom", from));
        if (replaces != null) {
            body.put("replacesId", replaces);
        }
        return body;
    }

    private static io.restassured.response.ValidatableResponse issue(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/regulations").then();
    }
}
