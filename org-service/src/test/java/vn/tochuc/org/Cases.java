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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.platform.testing.KafkaTestTopics;

/** Test helpers for restructuring cases and the events they publish, used as a client would. */
final class Cases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cases() {
    }

    static String unit(String name, String kind, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("code", OrgUnits.uniqueCode(), "name", name, "kind", kind,
                "validFrom", "2020-01-01"));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return OrgUnits.post(body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse draft(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/restructuring-cases").then();
    }

    static String draftId(Map<String, Object> body) {
        return draft(body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse approve(String caseId) {
        String etag = given().when().get("/api/v1/restructuring-cases/" + caseId).then().statusCode(200)
                .extract().header("ETag");
        return given().header("If-Match", etag).when().post("/api/v1/restructuring-cases/" + caseId + "/approve")
                .then();
    }

    /** Drafts and approves a case dated in the past, so it takes effect at once. */
    static String apply(Map<String, Object> body) {
        String id = draftId(body);
        approve(id).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("APPLIED"));
        return id;
    }

    static Map<String, Object> caseOf(String type, Object... fields) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "title", "Đề án " + type,
                "effectiveDate", "2025-07-01",
                "decision", Map.of("number", "1234-QĐ/TU", "date", "2025-06-20", "issuer", "Ban Thường vụ Tỉnh ủy")));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    static String nameOn(String unitId, String date) {
        return given().queryParam("asOf", date).when().get("/api/v1/org-units/" + unitId).then().statusCode(200)
                .extract().path("name");
    }

    static String parentOn(String unitId, String date) {
        return given().queryParam("asOf", date).when().get("/api/v1/org-units/" + unitId).then().statusCode(200)
                .extract().path("parentId");
    }

    /** The event of the given type about the unit, read from Kafka. */
    static JsonNode event(String unitId, String type) {
        return eventOn(OrgUnitEvents.TOPIC, unitId, type);
    }

    /** The event of the given type keyed by the aggregate id on a topic, read from Kafka. */
    static JsonNode eventOn(String topic, String unitId, String type) {
        List<ConsumerRecord<String, String>> records = KafkaTestTopics.ofSharedBroker().readUntil(topic,
                r -> unitId.equals(r.key()) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(20));
        if (records.isEmpty()) {
            throw new AssertionError("No " + type + " event about " + unitId + " reached Kafka");
        }
        try {
            return JSON.readTree(records.get(records.size() - 1).value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
