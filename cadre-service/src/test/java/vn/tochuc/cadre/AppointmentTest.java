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

/** Appointments from start to end: each change is versioned, audited and published as the catalog says. */
@QuarkusTest
class AppointmentTest {

    @Test
    void shouldAppointAPersonAndPublishTheStartedEventTheCatalogDescribes() {
        UUID unit = OrgUnits.unit(null, "Thành ủy Vĩnh Yên");
        String person = Members.person("Nguyễn", "Trung", "Hải");
        Map<String, Object> body = Appointments.request(person, unit, "APPOINTED", LocalDate.of(2025, 7, 1));
        String id = Appointments.start(body).statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString(Appointments.PATH + "/"))
                .body("personName", equalTo("Nguyễn Trung Hải")).body("orgUnitName", equalTo("Thành ủy Vĩnh Yên"))
                .body("kind", equalTo("APPOINTED")).body("startDate", equalTo("2025-07-01"))
                .body("decision.issuer", equalTo("Ban Thường vụ Tỉnh ủy")).body("endDate", nullValue())
                .extract().path("id");

        JsonNode event = Appointments.awaitEvent(id, "vn.tochuc.cadre.appointment.started.v1");
        EventCatalog.assertDescribes(event);
        assertThat(EventCatalog.catalog().at("/channels/appointment/address").asText()).isEqualTo(Appointments.TOPIC);
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.at("/data/appointmentId").asText()).isEqualTo(id);
        assertThat(event.at("/data/personId").asText()).isEqualTo(person);
        assertThat(event.at("/data/positionId").asText()).isEqualTo(body.get("positionId"));
        assertThat(event.at("/data/orgUnitId").asText()).isEqualTo(unit.toString());
        assertThat(event.at("/data/personName").asText()).isEqualTo("Nguyễn Trung Hải");
        assertThat(event.at("/data/plannedEndDate").asText()).isEqualTo("2030-06-30");
        assertThat(event.at("/data/decision/number").asText()).isEqualTo("45-QĐ/TU");

        given().header("If-None-Match", "\"0\"").when().get(Appointments.PATH + "/" + id).then().statusCode(304);
        given().when().get(Appointments.PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
        given().when().get(Persons.PATH + "/" + person + "/audit").then().statusCode(200)
                .body("find { it.action == 'APPOINTMENT_STARTED' }.actor", equalTo("ban-to-chuc"));
    }

    @Test
    void shouldTakeTheUnitFromThePositionWhenTheRequestLeavesItOut() {
        UUID unit = OrgUnits.unit(null, "Huyện ủy Sông Lô");
        String person = Members.person("Trần", "Văn", "Khánh");
        Map<String, Object> body = Appointments.request(person, unit, "APPOINTED", LocalDate.of(2025, 7, 1));
        body.remove("orgUnitId");

        Appointments.start(body).statusCode(201).body("orgUnitId", equalTo(unit.toString()))
                .body("orgUnitName", equalTo("Huyện ủy Sông Lô"));
    }

    @Test
    void shouldEndAnAppointmentOnlyWithTheCurrentVersionAndPublishTheEndedEvent() {
        UUID unit = OrgUnits.unit(null, "Huyện ủy Tam Dương");
        String person = Members.person("Nguyễn", "Thanh", "Tùng");
        String id = Appointments.started(Appointments.request(person, unit, "ELECTED", LocalDate.of(2020, 10, 20)));

        given().contentType("application/json").body(Map.of("endDate", "2025-07-01", "reason", "ROTATED_OUT"))
                .when().post(Appointments.PATH + "/" + id + "/ending").then().statusCode(428);
        Appointments.end(id, 7, "ROTATED_OUT", LocalDate.of(2025, 7, 1)).statusCode(412)
                .body("type", equalTo("https://tochuc.vn/problems/stale-version"));
        Appointments.end(id, 0, "ROTATED_OUT", LocalDate.of(2025, 7, 1)).statusCode(200).header("ETag", "\"1\"")
                .body("endDate", equalTo("2025-07-01")).body("endReason", equalTo("ROTATED_OUT"));

        JsonNode ended = Appointments.awaitEvent(id, "vn.tochuc.cadre.appointment.ended.v1");
        EventCatalog.assertDescribes(ended);
        assertThat(ended.at("/data/endDate").asText()).isEqualTo("2025-07-01");
        assertThat(ended.at("/data/reason").asText()).isEqualTo("ROTATED_OUT");
        assertThat(ended.at("/data/personId").asText()).isEqualTo(person);

        Appointments.end(id, 1, "RELIEVED", LocalDate.of(2025, 8, 1)).statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/appointment-ended"));
        given().when().get(Persons.PATH + "/" + person + "/audit").then().statusCode(200)
                .body("findAll { it.action == 'APPOINTMENT_ENDED' }", hasSize(1));
    }

    @Test
    void shouldListAPersonsAndAUnitsAppointmentsPageByPage() {
        UUID unit = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy");
        String head = Members.person("Trần", "Việt", "Cường");
        String deputy = Members.person("Lê", "Văn", "Phó");
        Appointments.started(Appointments.request(head, unit, "APPOINTED", LocalDate.of(2021, 1, 1)));
        Appointments.started(Appointments.request(deputy, unit, "APPOINTED", LocalDate.of(2022, 1, 1)));
        Appointments.started(Appointments.request(head, unit, "ELECTED", LocalDate.of(2023, 1, 1)));

        String token = given().queryParam("orgUnitId", unit.toString()).queryParam("limit", 2)
                .when().get(Appointments.PATH).then().statusCode(200)
                .body("items.startDate", equalTo(List.of("2021-01-01", "2022-01-01")))
                .body("nextPageToken", notNullValue()).extract().path("nextPageToken");
        given().queryParam("orgUnitId", unit.toString()).queryParam("limit", 2).queryParam("pageToken", token)
                .when().get(Appointments.PATH).then().statusCode(200)
                .body("items.startDate", equalTo(List.of("2023-01-01"))).body("nextPageToken", nullValue());
        given().queryParam("personId", head).when().get(Appointments.PATH).then().statusCode(200)
                .body("items.kind", equalTo(List.of("APPOINTED", "ELECTED")));
        given().when().get(Appointments.PATH).then().statusCode(400).body("errors.field", equalTo(List.of("personId")));
        given().queryParam("personId", "x").when().get(Appointments.PATH).then().statusCode(400);
        given().queryParam("personId", head).queryParam("pageToken", "!!").when().get(Appointments.PATH).then()
                .statusCode(400).body("errors.field", equalTo(List.of("pageToken")));
    }
}
