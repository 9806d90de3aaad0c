package vn.tochuc.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** Builds integration events in their wire form (CloudEvents 1.0 structured JSON), as another service sends them. */
public final class TestEvents {

    public static final Map<String, String> HEADERS = Map.of("content-type", "application/cloudevents+json; charset=UTF-8");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    public static String cloudEvent(String id, String source, String type, String subject, Map<String, ?> data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("datacontenttype", "application/json");
        event.set("data", JSON.valueToTree(data));
        return event.toString();
    }

    /** A {@code vn.tochuc.org.unit.created.v1} event as org-service publishes it. */
    public static String orgUnitCreated(String eventId, UUID unitId, String name) {
        return cloudEvent(eventId, "/tochuc/org-service", "vn.tochuc.org.unit.created.v1", unitId.toString(),
                Map.of("unitId", unitId.toString(), "code", "C-" + unitId.toString().substring(0, 8), "name", name,
                        "kind", "GRASSROOTS_PARTY_CELL", "validFrom", "2021-05-01", "status", "ACTIVE"));
    }
}
