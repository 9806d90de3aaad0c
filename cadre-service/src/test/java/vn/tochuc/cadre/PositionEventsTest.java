package vn.tochuc.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.readmodel.PositionView;
import vn.tochuc.platform.event.DeadLetters;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.TestEvents;

/**
 * cadre-service keeps org-service's positions from tochuc.org.position, and an appointment must name one of them,
 * of its own unit and in effect: org-service would dead-letter any other.
 */
@QuarkusTest
class PositionEventsTest {

    private static final String TOPIC = "tochuc.org.position";
    private final KafkaTestTopics kafka = KafkaTestTopics.ofSharedBroker();

    @Test
    void shouldKeepPositionsFromOrgServiceEventsAndAppointOnlyWhileInEffect() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Hợp Thịnh");
        UUID position = UUID.randomUUID();
        publish("created", position, unit, "2025-07-01", 2, "ACTIVE", null);
        publish("changed", position, unit, "2026-01-01", 1, "ACTIVE", null);
        PositionView view = await(position, v -> v.seats == 1);
        assertThat(view.titleName).isEqualTo("Phó Bí thư");
        assertThat(view.validFrom).isEqualTo(LocalDate.of(2025, 7, 1));

        String person = Members.person("Bùi", "Thị", "Thu");
        Map<String, Object> early = request(person, position, unit, LocalDate.of(2025, 6, 30));
        Appointments.start(early).statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/position-not-in-effect"));
        Appointments.start(request(person, position, unit, LocalDate.of(2025, 7, 1))).statusCode(201)
                .body("positionTitle", equalTo("Phó Bí thư"));

        publish("ended", position, unit, "2026-07-01", 1, "ENDED", "UNIT_CEASED");
        await(position, v -> "ENDED".equals(v.status));
        String other = Members.person("Bùi", "Văn", "Thắng");
        Appointments.start(request(other, position, unit, LocalDate.of(2026, 7, 1))).statusCode(422)
                .body("errors.field", hasItem("positionId"));
    }

    @Test
    void shouldRefuseAnUnknownPositionOrOneOfAnotherUnit() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy phường Liên Bảo");
        UUID elsewhere = OrgUnits.unit(null, "Đảng ủy phường Tích Sơn");
        String person = Members.person("Cao", "Văn", "Lầu");
        Appointments.start(request(person, UUID.randomUUID(), unit, LocalDate.of(2025, 7, 1))).statusCode(422)
                .body("errors.field", hasItem("positionId"));
        Appointments.start(request(person, Positions.of(elsewhere), unit, LocalDate.of(2025, 7, 1))).statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/position-of-another-unit"));
    }

    @Test
    void shouldParkAChangeOfAPositionItNeverSawCreated() {
        UUID unit = OrgUnits.unit(null, "Đảng ủy xã Đạo Tú");
        UUID unknown = UUID.randomUUID();
        publish("changed", unknown, unit, "2026-01-01", 2, "ACTIVE", null);
        List<ConsumerRecord<String, String>> parked = kafka.readUntil("tochuc.dlt.cadre-service",
                r -> unknown.toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(parked).as("the change is dead-lettered").isNotEmpty();
        assertThat(KafkaTestTopics.header(parked.get(parked.size() - 1), DeadLetters.REASON)).contains("not known");
        assertThat(QuarkusTransaction.requiringNew().call(() -> PositionView.count("id", unknown))).isZero();
    }

    private static Map<String, Object> request(String person, UUID position, UUID unit, LocalDate start) {
        Map<String, Object> body = Appointments.request(person, unit, "APPOINTED", start);
        body.put("positionId", position.toString());
        return body;
    }

    /** An org-service position event in the catalog's shape (positionV1). */
    private void publish(String verb, UUID position, UUID unit, String effective, int seats, String status,
            String endReason) {
        Map<String, Object> state = Map.of("seats", seats, "managingBody", "Ban Thường vụ Tỉnh ủy", "status", status);
        Map<String, Object> data = new HashMap<>();
        data.put("positionId", position.toString());
        data.put("orgUnitId", unit.toString());
        data.put("titleCode", "DEPUTY_SECRETARY");
        data.put("titleName", "Phó Bí thư");
        data.put("effectiveDate", effective);
        data.put("decision", Map.of("number", "45-QĐ/TU", "date", effective, "issuer", "Ban Thường vụ Tỉnh ủy"));
        data.put("previous", "created".equals(verb) ? null : state);
        data.put("current", state);
        data.put("endReason", endReason);
        kafka.publish(TOPIC, position.toString(), TestEvents.cloudEvent(UUID.randomUUID().toString(),
                "/tochuc/org-service", "vn.tochuc.org.position." + verb + ".v1", position.toString(), data),
                TestEvents.HEADERS);
    }

    private static PositionView await(UUID id, java.util.function.Predicate<PositionView> done) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> QuarkusTransaction.requiringNew().call(() -> PositionView.<PositionView>findById(id)),
                        v -> v != null && done.test(v));
    }
}
