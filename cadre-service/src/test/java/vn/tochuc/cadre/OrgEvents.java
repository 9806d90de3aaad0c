package vn.tochuc.cadre;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.TestEvents;

/** org-service's org-unit events as it publishes them (OrgUnitEvents.CreatedV1 / ChangedV1), sent over the broker. */
final class OrgEvents {

    static final String TOPIC = "tochuc.org.unit";

    private OrgEvents() {
    }

    /** Publishes the created event and waits until the read model has the unit (valid from 2021-05-01). */
    static UUID created(String name) {
        UUID unit = UUID.randomUUID();
        publish(unit, TestEvents.orgUnitCreated(UUID.randomUUID().toString(), unit, name));
        awaitView(unit, v -> true);
        return unit;
    }

    static String code(UUID unit) {
        return "C-" + unit.toString().substring(0, 8);
    }

    /** A merged / consolidated / split / dissolved event in org-service's exact ChangedV1 shape. */
    static String ceased(String verb, UUID unit, String effectiveDate, List<UUID> successors) {
        Map<String, Object> state = new HashMap<>();
        state.put("name", "Chi bộ " + code(unit));
        state.put("shortName", "CB");
        state.put("kind", "GRASSROOTS_PARTY_CELL");
        state.put("parentId", null);
        Map<String, Object> previous = new HashMap<>(state);
        previous.put("status", "ACTIVE");
        Map<String, Object> current = new HashMap<>(state);
        current.put("status", "CEASED");
        Map<String, Object> data = new HashMap<>();
        data.put("unitId", unit.toString());
        data.put("code", code(unit));
        data.put("effectiveDate", effectiveDate);
        data.put("caseId", UUID.randomUUID().toString());
        data.put("decision", Map.of("number", "1234-QĐ/TU", "date", "2025-06-20", "issuer", "Ban Thường vụ Tỉnh ủy"));
        data.put("previous", previous);
        data.put("current", current);
        data.put("predecessorIds", List.of());
        data.put("successorIds", successors.stream().map(UUID::toString).toList());
        return TestEvents.cloudEvent(UUID.randomUUID().toString(), "/tochuc/org-service",
                "vn.tochuc.org.unit." + verb + ".v1", unit.toString(), data);
    }

    /** A moved event in org-service's ChangedV1 shape: the unit (as created) now under the given parent. */
    static String moved(UUID unit, UUID newParent) {
        Map<String, Object> previous = new HashMap<>();
        previous.put("name", "Chi bộ " + code(unit));
        previous.put("shortName", null);
        previous.put("kind", "GRASSROOTS_PARTY_CELL");
        previous.put("parentId", null);
        previous.put("status", "ACTIVE");
        Map<String, Object> current = new HashMap<>(previous);
        current.put("parentId", newParent.toString());
        Map<String, Object> data = new HashMap<>();
        data.put("unitId", unit.toString());
        data.put("code", code(unit));
        data.put("effectiveDate", "2025-07-01");
        data.put("caseId", UUID.randomUUID().toString());
        data.put("decision", Map.of("number", "99-QĐ/TU", "date", "2025-06-20", "issuer", "Ban Thường vụ Tỉnh ủy"));
        data.put("previous", previous);
        data.put("current", current);
        data.put("predecessorIds", List.of());
        data.put("successorIds", List.of());
        return TestEvents.cloudEvent(UUID.randomUUID().toString(), "/tochuc/org-service", "vn.tochuc.org.unit.moved.v1",
                unit.toString(), data);
    }

    static void publish(UUID unit, String event) {
        KafkaTestTopics.ofSharedBroker().publish(TOPIC, unit.toString(), event, TestEvents.HEADERS);
    }

    static OrgUnitView awaitView(UUID unit, Predicate<OrgUnitView> done) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> QuarkusTransaction.requiringNew().call(() -> OrgUnitView.<OrgUnitView>findById(unit)),
                        v -> v != null && done.test(v));
    }
}
