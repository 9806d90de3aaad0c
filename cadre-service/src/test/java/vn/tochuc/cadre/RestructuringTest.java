package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.platform.event.DeadLetters;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.EventCatalog;

/**
 * org-service's restructuring events, published over the broker, move members and end and flag appointments of the
 * ceasing unit, in the same inbox transaction that updates the org read model.
 */
@QuarkusTest
class RestructuringTest {

    private static final String EFFECTIVE = "2025-07-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldMoveMembersToTheSuccessorAndEndAndFlagAppointmentsWhenAUnitIsMerged() {
        UUID old = OrgEvents.created("Chi bộ Phòng Nội vụ huyện Tam Dương");
        UUID successor = OrgEvents.created("Chi bộ Sở Nội vụ tỉnh Phú Thọ");
        String hai = Members.person("Nguyễn", "Văn", "Hải");
        String lan = Members.person("Trần", "Thị", "Lan");
        String haiMembership = admit(hai, old);
        String lanMembership = admit(lan, old);
        String appointment = Appointments.started(Appointments.request(hai, old, "APPOINTED",
                LocalDate.of(2022, 1, 3)));

        String merged = OrgEvents.ceased("merged", old, EFFECTIVE, List.of(successor));
        OrgEvents.publish(old, merged);

        OrgEvents.awaitView(old, v -> "CEASED".equals(v.status));
        for (String membership : List.of(haiMembership, lanMembership)) {
            given().when().get(Members.PATH + "/" + membership).then().statusCode(200)
                    .body("cellId", equalTo(successor.toString()));
            given().when().get(Members.PATH + "/" + membership + "/history").then().statusCode(200)
                    .body("step", equalTo(List.of("ADMITTED", "MOVED_BY_RESTRUCTURING")))
                    .body("[1].effectiveOn", equalTo(EFFECTIVE)).body("[1].actor", equalTo("org-service"));
        }
        JsonNode transferred = awaitEvent("tochuc.cadre.member", haiMembership,
                "vn.tochuc.cadre.member.transferred.v1");
        EventCatalog.assertDescribes(transferred);
        assertThat(transferred.at("/data/fromCellId").asText()).isEqualTo(old.toString());

        given().when().get(Appointments.PATH + "/" + appointment).then().statusCode(200)
                .body("endDate", equalTo(EFFECTIVE)).body("endReason", equalTo("UNIT_RESTRUCTURED"))
                .body("flaggedAt", notNullValue()).body("flagReason", containsString("merged"))
                .body("successorUnitIds", equalTo(List.of(successor.toString())));
        JsonNode ended = Appointments.awaitEvent(appointment, "vn.tochuc.cadre.appointment.ended.v1");
        EventCatalog.assertDescribes(ended);
        assertThat(ended.at("/data/reason").asText()).isEqualTo("UNIT_RESTRUCTURED");
        assertThat(ended.at("/data/endDate").asText()).isEqualTo(EFFECTIVE);
        given().queryParam("orgUnitId", old.toString()).when().get(Appointments.PATH + "/flagged").then()
                .statusCode(200).body("items.id", equalTo(List.of(appointment)));

        // A redelivered event changes nothing: the inbox has it.
        OrgEvents.publish(old, merged);
        OrgEvents.created("Chi bộ đánh dấu sau giao lại");
        given().when().get(Members.PATH + "/" + haiMembership + "/history").then().body("step", hasSize(2));

        // Bố trí lại: a new appointment in the successor clears the flag.
        String placed = Appointments.started(Appointments.request(hai, successor, "REARRANGED",
                LocalDate.parse(EFFECTIVE)));
        given().queryParam("orgUnitId", old.toString()).when().get(Appointments.PATH + "/flagged").then()
                .statusCode(200).body("items", hasSize(0));
        given().when().get(Appointments.PATH + "/" + appointment).then().body("rearrangedBy", equalTo(placed));
    }

    @Test
    void shouldFlagMembersForManualPlacementWhenTheirCellIsSplitIntoSeveral() {
        UUID old = OrgEvents.created("Chi bộ Khối cơ quan");
        UUID east = OrgEvents.created("Chi bộ Khối cơ quan phía Đông");
        UUID west = OrgEvents.created("Chi bộ Khối cơ quan phía Tây");
        String first = admit(Members.person("Lý", "Văn", "Một"), old);
        String second = admit(Members.person("Lý", "Văn", "Hai"), old);

        OrgEvents.publish(old, OrgEvents.ceased("split", old, EFFECTIVE, List.of(east, west)));

        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> PartyMembership.count("placementFlaggedAt is not null and cellId = ?1", old)) == 2);
        given().queryParam("cellId", old.toString()).when().get(Members.PATH + "/awaiting-placement").then()
                .statusCode(200).body("items", hasSize(2))
                .body("items[0].candidateCellIds", equalTo(List.of(east.toString(), west.toString())))
                .body("items[0].membership.cellId", equalTo(old.toString()));
        given().when().get(Members.PATH + "/" + first + "/history").then()
                .body("step", equalTo(List.of("ADMITTED", "PLACEMENT_NEEDED")));

        Members.step(first, "transfers", 1, Map.of("kind", "PERMANENT", "toCellId", east.toString(),
                "effectiveOn", EFFECTIVE)).statusCode(200).body("cellId", equalTo(east.toString()));
        given().queryParam("cellId", old.toString()).when().get(Members.PATH + "/awaiting-placement").then()
                .statusCode(200).body("items.membership.id", equalTo(List.of(second)));
    }

    @Test
    void shouldApplyNeitherTheReadModelNorTheReactionWhenTheReactionCannotApplyTheEvent() {
        UUID unit = OrgEvents.created("Chi bộ Công ty X");
        String person = Members.person("Hà", "Văn", "Bảy");
        String appointment = Appointments.started(Appointments.request(person, unit, "APPOINTED",
                LocalDate.of(2022, 2, 1)));
        // A merger without a successor contradicts itself: the org read model alone could apply it, cadre cannot.
        OrgEvents.publish(unit, OrgEvents.ceased("merged", unit, EFFECTIVE, List.of()));

        List<ConsumerRecord<String, String>> parked = KafkaTestTopics.ofSharedBroker().readUntil(
                "tochuc.dlt.cadre-service", r -> unit.toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(parked).as("the event is dead-lettered").isNotEmpty();
        assertThat(KafkaTestTopics.header(parked.get(parked.size() - 1), DeadLetters.REASON)).contains("successors");
        assertThat(OrgEvents.awaitView(unit, v -> true).status).as("read model rolled back").isEqualTo("ACTIVE");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Appointment.<Appointment>findById(
                UUID.fromString(appointment)).endDate)).isNull();
    }

    private static String admit(String person, UUID cell) {
        return Members.admit(Members.admission(person, cell, LocalDate.now().minusYears(2))).statusCode(201)
                .extract().path("id");
    }

    private static JsonNode awaitEvent(String topic, String key, String type) {
        List<ConsumerRecord<String, String>> read = KafkaTestTopics.ofSharedBroker().readUntil(topic,
                r -> key.equals(r.key()) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(30));
        assertThat(read).as("a %s event for %s", type, key).isNotEmpty();
        try {
            return JSON.readTree(read.get(read.size() - 1).value());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
