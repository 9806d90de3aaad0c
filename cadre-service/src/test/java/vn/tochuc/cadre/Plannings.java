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

/** Test planning entries, calls of the planning API and reading its events back from the broker. */
final class Plannings {

    static final String PATH = "/api/v1/plannings";
    static final String TOPIC = "tochuc.cadre.planning";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Plannings() {
    }

    /** A planning for a position of the read model, decided on 2025-03-01. */
    static Map<String, Object> forPosition(String personId, UUID positionId, String term) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("positionId", positionId.toString());
        body.put("term", term);
        body.put("plannedOn", "2025-03-01");
        body.put("decision", Map.of("number", "102-QĐ/TU", "date", "2025-02-28", "issuer", "Ban Thường vụ Tỉnh ủy"));
        return body;
    }

    static ValidatableResponse add(Object body) {
        return given().contentType(ContentType.JSON).header(Tokens.as("ban-to-chuc")).body(body).when().post(PATH)
                .then();
    }

    static String added(Object body) {
        return add(body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse remove(String id, long version, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .header(Tokens.as("ban-to-chuc")).body(body).when().post(PATH + "/" + id + "/removal").then();
    }

    static Map<String, Object> removal(String reason, LocalDate on) {
        return Map.of("reason", reason, "removedOn", on.toString());
    }

    /** The event of the given type for the entry, read from the broker; fails when none came in time. */
    static JsonNode awaitEvent(String planningId, String type) {
        List<ConsumerRecord<String, String>> read = KafkaTestTopics.ofSharedBroker().readUntil(TOPIC,
                r -> planningId.equals(r.key()) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(30));
        assertThat(read).as("a %s event for %s", type, planningId).isNotEmpty();
        try {
            return JSON.readTree(read.get(read.size() - 1).value());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
