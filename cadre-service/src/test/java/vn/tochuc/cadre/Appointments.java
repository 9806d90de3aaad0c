package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.tochuc.platform.testing.KafkaTestTopics;

/** Test appointments, calls of the appointment API and reading its events back from the broker. */
final class Appointments {

    static final String PATH = "/api/v1/appointments";
    static final String TOPIC = "tochuc.cadre.appointment";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Appointments() {
    }

    static Map<String, Object> request(String personId, UUID unit, String kind, LocalDate start) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("positionId", Positions.of(unit).toString());
        body.put("orgUnitId", unit.toString());
        body.put("kind", kind);
        body.put("startDate", start.toString());
        body.put("plannedEndDate", start.plusYears(5).minusDays(1).toString());
        body.put("decision", Map.of("number", "45-QĐ/TU", "date", start.minusDays(3).toString(),
                "issuer", "Ban Thường vụ Tỉnh ủy"));
        return body;
    }

    static ValidatableResponse start(Object body) {
        return given().contentType(ContentType.JSON).header(Tokens.as("ban-to-chuc")).body(body).when().post(PATH)
                .then();
    }

    static String started(Object body) {
        return start(body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse end(String id, long version, String reason, LocalDate endDate) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .header(Tokens.as("ban-to-chuc")).body(Map.of("endDate", endDate.toString(), "reason", reason))
                .when().post(PATH + "/" + id + "/ending").then();
    }

    /** The event of the given type for the appointment, read from the broker; fails when none came in time. */
    static JsonNode awaitEvent(String appointmentId, String type) {
        List<ConsumerRecord<String, String>> read = KafkaTestTopics.ofSharedBroker().readUntil(TOPIC,
                r -> appointmentId.equals(r.key()) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(30));
        assertThat(read).as("a %s event for %s", type, appointmentId).isNotEmpty();
        try {
            return JSON.readTree(read.get(read.size() - 1).value());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
