package vn.tochuc.org;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.tochuc.org.event.AppointmentEvents;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.TestEvents;
import vn.tochuc.platform.testing.EventCatalog;

/** Test helpers for positions, quotas and appointments, used as a client (or cadre-service) would. */
final class Positions {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String BODY = "Ban Thường vụ Tỉnh ủy";

    private Positions() {
    }

    static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static String create(String unitId, String title, int seats, String validFrom) {
        return post("/api/v1/positions", Map.of("orgUnitId", unitId, "titleCode", title, "seats", seats,
                "managingBody", BODY, "validFrom", validFrom)).statusCode(201).extract().path("id");
    }

    static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse write(String method, String path, String ifMatch, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().request(method, path).then();
    }

    /** The first event of the type keyed by {@code key} on the topic, read from Kafka. */
    static JsonNode event(String topic, String key, String type) {
        return eventWhere(topic, key, e -> type.equals(e.path("type").asText()));
    }

    /** The first event keyed by {@code key} on the topic that matches, read from Kafka. */
    static JsonNode eventWhere(String topic, String key, Predicate<JsonNode> match) {
        List<ConsumerRecord<String, String>> records = KafkaTestTopics.ofSharedBroker().readUntil(topic,
                r -> key.equals(r.key()) && match.test(parse(r.value())), Duration.ofSeconds(20));
        if (records.isEmpty()) {
            throw new AssertionError("No matching event keyed " + key + " reached " + topic);
        }
        return parse(records.get(records.size() - 1).value());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Publishes appointment.started.v1 over the broker exactly as the catalog shows cadre-service sending it. */
    static String appoint(String positionId, String unitId, String personName, String startDate) {
        return appoint(UUID.randomUUID().toString(), UUID.randomUUID().toString(), positionId, unitId, personName,
                startDate);
    }

    /** As {@link #appoint(String, String, String, String)}, with the event and appointment ids given. */
    static String appoint(String eventId, String appointment, String positionId, String unitId, String personName,
            String startDate) {
        return appointFrom("/tochuc/cadre-service", eventId, appointment, positionId, unitId, personName, startDate);
    }

    /** As {@link #appoint(String, String, String, String, String, String)}, claiming the given CloudEvents source. */
    static String appointFrom(String source, String eventId, String appointment, String positionId, String unitId,
            String personName, String startDate) {
        Map<String, Object> data = new HashMap<>();
        data.put("appointmentId", appointment);
        data.put("personId", UUID.randomUUID().toString());
        data.put("personName", personName);
        data.put("positionId", positionId);
        data.put("orgUnitId", unitId);
        data.put("kind", "APPOINTED");
        data.put("startDate", startDate);
        data.put("plannedEndDate", "2030-06-30");
        data.put("decision", Map.of("number", "45-QĐ/TU", "date", startDate, "issuer", BODY));
        publish(source, eventId, appointment, AppointmentEvents.STARTED_V1, data);
        return appointment;
    }

    /** Publishes appointment.ended.v1 for an appointment {@link #appoint} started. */
    static void endAppointment(String appointment, String positionId, String unitId, String endDate) {
        Map<String, Object> data = new HashMap<>();
        data.put("appointmentId", appointment);
        data.put("personId", UUID.randomUUID().toString());
        data.put("positionId", positionId);
        data.put("orgUnitId", unitId);
        data.put("endDate", endDate);
        data.put("reason", "REMOVED_BY_DISCIPLINE");
        data.put("decision", Map.of("number", "12-QĐ/UBKTTU", "date", endDate, "issuer", "Ủy ban Kiểm tra Tỉnh ủy"));
        publish("/tochuc/cadre-service", UUID.randomUUID().toString(), appointment, AppointmentEvents.ENDED_V1, data);
    }

    private static void publish(String source, String eventId, String appointment, String type,
            Map<String, Object> data) {
        String event = TestEvents.cloudEvent(eventId, source, type, appointment, data);
        try {
            // What the test sends is what the contract says cadre-service sends, field for field.
            EventCatalog.assertDescribes(JSON.readTree(event));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        KafkaTestTopics.ofSharedBroker().publish(AppointmentEvents.TOPIC, appointment, event, TestEvents.HEADERS);
    }
}
