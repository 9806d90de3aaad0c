package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.StaffingQuota;
import vn.tochuc.org.event.StaffingQuotaEvents;
import vn.tochuc.platform.event.OutboxEvent;
import vn.tochuc.platform.testing.EventCatalog;

/** Staffing quotas: one current per unit, year and category; a new decision supersedes and the old row stays. */
@QuarkusTest
class StaffingQuotaTest {

    private static final String QUOTAS = "/api/v1/staffing-quotas";

    @Test
    void shouldSetAQuotaFromItsDecisionAndPublishIt() {
        String unit = OrgUnits.create("Ban Tổ chức thử biên chế");
        String id = Positions.post(QUOTAS, quota(unit, "CIVIL_SERVANT", 25)).statusCode(201)
                .header("ETag", "\"0\"").header("Location", containsString(QUOTAS + "/"))
                .body("status", equalTo("CURRENT")).body("validFrom", equalTo("2025-01-02"))
                .body("decision.number", equalTo("12-QĐ/TU")).extract().path("id");

        given().header("If-None-Match", "\"0\"").when().get(QUOTAS + "/" + id).then().statusCode(304);
        JsonNode event = Positions.event(StaffingQuotaEvents.TOPIC, unit, StaffingQuotaEvents.SET_V1);
        assertThat(event.at("/data/quotaId").asText()).isEqualTo(id);
        assertThat(event.at("/data/count").asInt()).isEqualTo(25);
        assertThat(event.at("/data/effectiveDate").asText()).isEqualTo("2025-01-02");
        assertThat(event.at("/data/supersededQuotaId").isNull()).isTrue();
        EventCatalog.assertDescribes(event);
    }

    @Test
    void shouldSupersedeAQuotaByANewDecisionAndKeepTheOldOne() {
        String unit = OrgUnits.create("Văn phòng thử thay biên chế");
        String old = Positions.post(QUOTAS, quota(unit, "PUBLIC_EMPLOYEE", 25)).statusCode(201).extract().path("id");
        Map<String, Object> next = Map.of("count", 23, "decision", Map.of("number", "210-QĐ/TU", "date", "2025-03-01",
                "issuer", Positions.BODY));

        String created = Positions.write("POST", QUOTAS + "/" + old + "/supersede", "\"0\"", next).statusCode(201)
                .body("count", equalTo(23)).body("status", equalTo("CURRENT")).extract().path("id");

        given().when().get(QUOTAS + "/" + old).then().statusCode(200).body("status", equalTo("SUPERSEDED"))
                .body("validTo", equalTo("2025-03-01")).body("supersededBy", equalTo(created))
                .body("count", equalTo(25));
        given().queryParam("orgUnitId", unit).when().get(QUOTAS).then().body("items", hasSize(2));
        given().queryParam("orgUnitId", unit).queryParam("currentOnly", true).when().get(QUOTAS).then()
                .body("items.id", equalTo(java.util.List.of(created)));
        JsonNode event = Positions.eventWhere(StaffingQuotaEvents.TOPIC, unit,
                e -> old.equals(e.at("/data/supersededQuotaId").asText()));
        assertThat(event.at("/data/previousCount").asInt()).isEqualTo(25);
        assertThat(event.at("/data/effectiveDate").asText()).isEqualTo("2025-03-01");
        EventCatalog.assertDescribes(event);
    }

    @Test
    void shouldRefuseASecondQuotaOrAStaleSupersessionAndWriteNothing() {
        String unit = OrgUnits.create("Chi bộ thử biên chế trùng");
        String id = Positions.post(QUOTAS, quota(unit, "CONTRACT", 4)).statusCode(201).extract().path("id");
        long quotas = StaffingQuota.count();
        long events = OutboxEvent.count();
        Map<String, Object> next = Map.of("count", 5, "decision", Map.of("number", "2-QĐ/TU", "date", "2025-05-01",
                "issuer", Positions.BODY));

        Positions.post(QUOTAS, quota(unit, "CONTRACT", 5)).statusCode(409).body("type", containsString("quota-exists"))
                .body("detail", containsString(id + "/supersede"));
        Positions.write("POST", QUOTAS + "/" + id + "/supersede", null, next).statusCode(428);
        Positions.write("POST", QUOTAS + "/" + id + "/supersede", "\"9\"", next).statusCode(412);
        Positions.write("POST", QUOTAS + "/" + id + "/supersede", "\"0\"", Map.of("count", 5, "validFrom",
                "2025-01-02", "decision", Map.of("number", "2", "date", "2025-01-01", "issuer", "X")))
                .statusCode(409).body("type", containsString("change-not-after-latest"));

        assertThat(StaffingQuota.count()).isEqualTo(quotas);
        assertThat(OutboxEvent.count()).isEqualTo(events);
    }

    @Test
    void shouldRejectBadQuotasAndWriteNothing() {
        String unit = OrgUnits.create("Chi bộ thử biên chế sai");
        long quotas = StaffingQuota.count();
        long events = OutboxEvent.count();

        Positions.post(QUOTAS, with(quota(unit, "CIVIL_SERVANT", 1), "category", "SOLDIER")).statusCode(400)
                .body("errors.field", hasItem("category"));
        Positions.post(QUOTAS, with(quota(unit, "CIVIL_SERVANT", 1), "count", -1)).statusCode(400)
                .body("errors.field", hasItem("count"));
        Positions.post(QUOTAS, with(quota(unit, "CIVIL_SERVANT", 1), "decision", null)).statusCode(400)
                .body("errors.field", hasItem("decision"));
        Positions.post(QUOTAS, with(quota(unit, "CIVIL_SERVANT", 1), "decision", Map.of("date", "2025-01-02",
                "issuer", "X"))).statusCode(400).body("errors.field", hasItem("decision.number"));
        Positions.post(QUOTAS, with(quota(unit, "CIVIL_SERVANT", 1), "orgUnitId",
                "00000000-0000-0000-0000-000000000005")).statusCode(422).body("type", containsString("unknown-unit"));
        Positions.post(QUOTAS, with(quota(unit, "CIVIL_SERVANT", 1), "validFrom", "2019-01-01")).statusCode(422)
                .body("type", containsString("unit-not-in-effect"));
        Positions.post(QUOTAS, with(quota(unit, "CIVIL_SERVANT", 1), "validFrom", "2026-01-01")).statusCode(400)
                .body("errors.field", hasItem("validFrom"));
        given().queryParam("year", "twenty").when().get(QUOTAS).then().statusCode(400)
                .body("errors.field", hasItem("year"));

        assertThat(StaffingQuota.count()).isEqualTo(quotas);
        assertThat(OutboxEvent.count()).isEqualTo(events);
    }

    static Map<String, Object> quota(String unit, String category, int count) {
        return new HashMap<>(Map.of("orgUnitId", unit, "year", 2025, "category", category, "count", count,
                "decision", Map.of("number", "12-QĐ/TU", "date", "2025-01-02", "issuer", Positions.BODY)));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }
}
