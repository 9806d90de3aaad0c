package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.domain.PositionOccupancy;
import vn.tochuc.org.event.PositionEvents;
import vn.tochuc.platform.event.DeadLetters;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.EventCatalog;

/** Seat occupancy from cadre-service's appointment events; a position cannot outlive its unit. */
@QuarkusTest
class OccupancyEventsTest {

    private static final String DEAD_LETTERS = "tochuc.dlt.org-service";

    @Test
    void shouldParkAnAppointmentToAnUnknownPositionAndApplyTheNextGoodOne() {
        String unit = OrgUnits.create("Chi bộ thử sự kiện bổ nhiệm");
        String position = Positions.create(unit, "CELL_SECRETARY", 1, "2025-01-01");
        String unknown = Positions.appoint(UUID.randomUUID().toString(), unit, "Người không có chức danh",
                "2025-03-01");
        String good = Positions.appoint(position, unit, "Trần Việt Cường", "2025-03-01");

        PositionOccupancy seat = await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() ->
                QuarkusTransaction.requiringNew().call(() -> PositionOccupancy.<PositionOccupancy>findById(
                        UUID.fromString(good))), found -> found != null);
        assertThat(seat.personName).isEqualTo("Trần Việt Cường");
        List<ConsumerRecord<String, String>> parked = KafkaTestTopics.ofSharedBroker().readUntil(DEAD_LETTERS,
                r -> unknown.equals(r.key()), Duration.ofSeconds(20));
        assertThat(parked).isNotEmpty();
        assertThat(KafkaTestTopics.header(parked.get(parked.size() - 1), DeadLetters.REASON))
                .contains("is not an org-service position");
        PositionOccupancy parkedSeat = QuarkusTransaction.requiringNew()
                .call(() -> PositionOccupancy.findById(UUID.fromString(unknown)));
        assertThat(parkedSeat).isNull();
    }

    @Test
    void shouldParkAnAppointmentNotFromCadreServiceAndLeaveTheSeatEmpty() {
        String unit = OrgUnits.create("Chi bộ thử bổ nhiệm giả");
        String position = Positions.create(unit, "CELL_SECRETARY", 1, "2025-01-01");
        String forged = Positions.appointFrom("/tochuc/task-service", UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), position, unit, "Người tự bổ nhiệm", "2025-03-01");
        String marker = Positions.appoint(position, unit, "Người đánh dấu thật", "2025-04-01");

        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> PositionOccupancy.findById(UUID.fromString(marker)) != null));
        List<ConsumerRecord<String, String>> parked = KafkaTestTopics.ofSharedBroker().readUntil(DEAD_LETTERS,
                r -> forged.equals(r.key()), Duration.ofSeconds(20));
        assertThat(parked).isNotEmpty();
        assertThat(KafkaTestTopics.header(parked.get(parked.size() - 1), DeadLetters.REASON))
                .contains("owned by cadre-service", "/tochuc/task-service");
        PositionOccupancy forgedSeat = QuarkusTransaction.requiringNew()
                .call(() -> PositionOccupancy.findById(UUID.fromString(forged)));
        assertThat(forgedSeat).as("the forged appointment holds no seat").isNull();
    }

    @Test
    void shouldApplyAnAppointmentDeliveredTwiceOnlyOnce() {
        String unit = OrgUnits.create("Chi bộ thử giao hai lần");
        String position = Positions.create(unit, "CELL_SECRETARY", 1, "2025-01-01");
        String eventId = UUID.randomUUID().toString();
        String appointment = UUID.randomUUID().toString();
        Positions.appoint(eventId, appointment, position, unit, "Nguyễn Văn Hai Lần", "2025-03-01");
        Positions.appoint(eventId, appointment, position, unit, "Nguyễn Văn Hai Lần", "2025-03-01");
        String marker = Positions.appoint(position, unit, "Người đánh dấu", "2025-04-01");

        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> QuarkusTransaction.requiringNew()
                .call(() -> PositionOccupancy.findById(UUID.fromString(marker)) != null));
        long seats = QuarkusTransaction.requiringNew().call(() -> PositionOccupancy.count("positionId",
                UUID.fromString(position)));
        assertThat(seats).isEqualTo(2);
        // Without the inbox the second copy would be a second start of one appointment, and dead-lettered.
        assertThat(KafkaTestTopics.ofSharedBroker().readAll(DEAD_LETTERS, Duration.ofSeconds(3)))
                .noneMatch(r -> appointment.equals(r.key()));
    }

    @Test
    void shouldParkTheEndOfAnAppointmentThatNeverStarted() {
        String unit = OrgUnits.create("Chi bộ thử kết thúc lạ");
        String position = Positions.create(unit, "CELL_SECRETARY", 1, "2025-01-01");
        String never = UUID.randomUUID().toString();
        Positions.endAppointment(never, position, unit, "2025-06-01");

        List<ConsumerRecord<String, String>> parked = KafkaTestTopics.ofSharedBroker().readUntil(DEAD_LETTERS,
                r -> never.equals(r.key()), Duration.ofSeconds(30));
        assertThat(parked).isNotEmpty();
        assertThat(KafkaTestTopics.header(parked.get(parked.size() - 1), DeadLetters.REASON))
                .contains("never started");
    }

    @Test
    void shouldEndTheOpenPositionsOfAUnitThatCeasesOnThatDay() {
        String parent = Cases.unit("Huyện ủy thử giải thể", "DISTRICT_PARTY_COMMITTEE", null);
        String unit = Cases.unit("Chi bộ sẽ giải thể", "GRASSROOTS_PARTY_CELL", parent);
        String position = Positions.create(unit, "CELL_SECRETARY", 1, "2024-01-01");
        String later = Positions.create(unit, "CELL_DEPUTY_SECRETARY", 1, "2025-09-01");

        String dissolve = Cases.draftId(Cases.caseOf("DISSOLVE", "unitId", unit));
        given().when().get("/api/v1/restructuring-cases/" + dissolve + "/preview").then().statusCode(200)
                .body("positionsEnding.positionId", containsInAnyOrder(position, later));
        Cases.approve(dissolve).statusCode(200).body("status", equalTo("APPLIED"));

        given().when().get("/api/v1/positions/" + position).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("validTo", equalTo("2025-07-01"))
                .body("endReason", equalTo("UNIT_CEASED"));
        // A position due to start after the unit ceased is kept on record, closed on its own start.
        given().when().get("/api/v1/positions/" + later).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("validTo", equalTo("2025-09-01"));
        given().queryParam("orgUnitId", unit).queryParam("asOf", "2025-07-01").when().get("/api/v1/positions")
                .then().body("items.size()", equalTo(0));
        JsonNode event = Positions.event(PositionEvents.TOPIC, position, PositionEvents.ENDED_V1);
        assertThat(event.at("/data/endReason").asText()).isEqualTo("UNIT_CEASED");
        assertThat(event.at("/data/effectiveDate").asText()).isEqualTo("2025-07-01");
        assertThat(event.at("/data/decision/number").asText()).isEqualTo("1234-QĐ/TU");
        EventCatalog.assertDescribes(event);
    }
}
