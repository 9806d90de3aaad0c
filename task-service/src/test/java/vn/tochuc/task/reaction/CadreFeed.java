package vn.tochuc.task.reaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import vn.tochuc.platform.testing.EventCatalog;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.TestEvents;

/**
 * cadre-service's and org-service's events as they publish them (each checked against the catalog before it is
 * sent), and what the tests wait for: an event applied, a unit's task in the API.
 */
final class CadreFeed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private CadreFeed() {
    }

    /** An event in its wire form, with its id. */
    record Event(String id, String key, String topic, String json) {
    }

    static Event appointmentStarted(UUID appointment, UUID person, UUID position, UUID unit, String kind,
            LocalDate start) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("appointmentId", appointment.toString());
        data.put("personId", person.toString());
        data.put("personName", "Nguyễn Trung Hải");
        data.put("positionId", position.toString());
        data.put("orgUnitId", unit.toString());
        data.put("kind", kind);
        data.put("startDate", start.toString());
        data.put("plannedEndDate", start.plusYears(5).toString());
        data.put("decision", decision("45-QĐ/TU", start.minusDays(3)));
        return event("/tochuc/cadre-service", CadreEvents.APPOINTMENT_STARTED, CadreEvents.APPOINTMENT_TOPIC,
                appointment, data);
    }

    static Event appointmentEnded(UUID appointment, UUID person, UUID position, UUID unit, LocalDate end,
            String reason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("appointmentId", appointment.toString());
        data.put("personId", person.toString());
        data.put("positionId", position.toString());
        data.put("orgUnitId", unit.toString());
        data.put("endDate", end.toString());
        data.put("reason", reason);
        data.put("decision", decision("12-QĐ/TU", end.minusDays(5)));
        return event("/tochuc/cadre-service", CadreEvents.APPOINTMENT_ENDED, CadreEvents.APPOINTMENT_TOPIC,
                appointment, data);
    }

    static Event disciplineDecided(UUID person, UUID unit, String form, LocalDate effective) {
        UUID discipline = UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("disciplineId", discipline.toString());
        data.put("personId", person.toString());
        data.put("personName", "Trần Văn Bình");
        data.put("system", "PARTY");
        data.put("form", form);
        data.put("orgUnitId", unit.toString());
        data.put("effectiveDate", effective.toString());
        data.put("barredFrom", effective.toString());
        data.put("barredUntil", effective.plusYears(2).toString());
        data.put("higherPostsBarredUntil", effective.plusYears(2).toString());
        data.put("equalPostsBarredUntil", effective.plusYears(1).toString());
        data.put("barBasis", "377-QĐ/TW (2025-10-08) (to confirm)");
        data.put("decision", decision("12-QĐ/UBKTTU", effective.minusDays(5)));
        data.put("endedAppointmentIds", List.of());
        return event("/tochuc/cadre-service", CadreEvents.DISCIPLINE_DECIDED, CadreEvents.DISCIPLINE_TOPIC,
                discipline, data);
    }

    /** A member event ({@code verb}: admitted, recognised, left) of a membership in {@code cell}. */
    static Event member(String verb, UUID membership, UUID cell, LocalDate effective, LocalDate fullMembershipDueOn) {
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("stage", switch (verb) {
            case "admitted" -> "PROBATIONARY";
            case "recognised" -> "FULL";
            default -> "LEFT";
        });
        current.put("activity", "ACTIVE");
        current.put("cellId", cell.toString());
        current.put("temporaryCellId", null);
        current.put("admittedOn", fullMembershipDueOn.minusYears(1).toString());
        current.put("fullMembershipDueOn", fullMembershipDueOn.toString());
        current.put("fullMembershipOn", "recognised".equals(verb) ? effective.toString() : null);
        current.put("leftOn", "left".equals(verb) ? effective.toString() : null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("membershipId", membership.toString());
        data.put("personId", UUID.randomUUID().toString());
        data.put("personName", "Nguyễn Thanh Tùng");
        data.put("effectiveDate", effective.toString());
        data.put("decision", decision("125-QĐ/ĐU", effective));
        data.put("current", current);
        data.put("transferKind", null);
        data.put("fromCellId", null);
        data.put("leaveReason", "left".equals(verb) ? "DECEASED" : null);
        return event("/tochuc/cadre-service", "vn.tochuc.cadre.member." + verb + ".v1", CadreEvents.MEMBER_TOPIC,
                membership, data);
    }

    /** org-service's {@code verb} (merged, consolidated, split, dissolved) of {@code unit}. */
    static Event unitCeased(String verb, UUID unit, UUID parent, List<UUID> successors) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", "Đảng bộ xã Hợp Hòa");
        state.put("shortName", "ĐU");
        state.put("kind", "GRASSROOTS_PARTY_COMMITTEE");
        state.put("parentId", parent.toString());
        state.put("status", "ACTIVE");
        Map<String, Object> after = new LinkedHashMap<>(state);
        after.put("status", "CEASED");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unitId", unit.toString());
        data.put("code", "ĐU-HH");
        data.put("effectiveDate", LocalDate.now().toString());
        data.put("caseId", UUID.randomUUID().toString());
        data.put("decision", decision("1234-QĐ/TU", LocalDate.now().minusDays(10)));
        data.put("previous", state);
        data.put("current", after);
        data.put("predecessorIds", List.of());
        data.put("successorIds", successors.stream().map(UUID::toString).toList());
        return event("/tochuc/org-service", "vn.tochuc.org.unit." + verb + ".v1", "tochuc.org.unit", unit, data);
    }

    static Event unitCreated(UUID unit, String name) {
        String id = UUID.randomUUID().toString();
        return new Event(id, unit.toString(), "tochuc.org.unit", TestEvents.orgUnitCreated(id, unit, name));
    }

    static Event publish(Event event) {
        KafkaTestTopics.ofSharedBroker().publish(event.topic(), event.key(), event.json(), TestEvents.HEADERS);
        return event;
    }

    /** Waits until task-service has applied the event (its inbox row is written with the event's effects). */
    static void awaitApplied(Event event) {
        await().atMost(PATIENCE).pollInSameThread().until(() -> QuarkusTransaction.requiringNew().call(() ->
                Panache.getEntityManager().createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                        .setParameter(1, event.id()).getSingleResult()), n -> ((Number) n).longValue() == 1);
    }

    /** The tasks the unit leads, as the API lists them (a Board officer sees them all). */
    static List<Map<String, Object>> tasksOf(UUID unit) {
        JsonPath page = given().get("/api/v1/tasks?limit=200&unitId=" + unit).then().statusCode(200).extract()
                .jsonPath();
        return page.getList("items");
    }

    /** Waits until the unit has a task of the key that meets {@code condition}, and returns it. */
    static Map<String, Object> awaitTask(UUID unit, String systemKey, Predicate<Map<String, Object>> condition) {
        return await().atMost(PATIENCE).pollInSameThread().until(() -> task(unit, systemKey), found -> found
                .filter(condition).isPresent()).orElseThrow();
    }

    static Optional<Map<String, Object>> task(UUID unit, String systemKey) {
        return tasksOf(unit).stream().filter(t -> systemKey.equals(t.get("systemKey"))).findFirst();
    }

    /** None of the events went to task-service's dead-letter topic. */
    static void assertNotParked(Event... events) {
        List<String> parked = KafkaTestTopics.ofSharedBroker().readAll("tochuc.dlt.task-service", Duration.ofSeconds(2))
                .stream().map(r -> r.value()).toList();
        for (Event event : events) {
            assertThat(parked).as("dead letters").noneMatch(value -> value.contains(event.id()));
        }
    }

    private static Map<String, Object> decision(String number, LocalDate date) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("number", number);
        decision.put("date", date.toString());
        decision.put("issuer", "Ban Thường vụ Tỉnh ủy");
        return decision;
    }

    private static Event event(String source, String type, String topic, UUID subject, Map<String, Object> data) {
        String id = UUID.randomUUID().toString();
        String json = TestEvents.cloudEvent(id, source, type, subject.toString(), data);
        try {
            EventCatalog.assertDescribes(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new Event(id, subject.toString(), topic, json);
    }
}
