package vn.tochuc.task.urging;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.calendar.BoardCalendar;

/** Tasks on chosen days of the Board's calendar, and what the urging feature recorded about them. */
@ApplicationScoped
class UrgingFixture {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String TASKS = "/api/v1/tasks";
    static final String NOTICES = "/api/v1/urging-notices";
    static final String MY_TASKS = "/api/v1/my-tasks";

    private final BoardCalendar calendar;
    private final EntityManager em;

    UrgingFixture(BoardCalendar calendar, EntityManager em) {
        this.calendar = calendar;
        this.em = em;
    }

    /** A province with two districts, and a commune below the first one: a fresh tree for each test. */
    record Tree(UUID province, UUID district, UUID commune, UUID otherDistrict) {
    }

    Tree tree(String district, String commune, String otherDistrict) {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy", "PROVINCIAL_PARTY_COMMITTEE");
        UUID first = OrgUnits.unit(province, district, "DISTRICT_PARTY_COMMITTEE");
        return new Tree(province, first, OrgUnits.unit(first, commune),
                OrgUnits.unit(province, otherDistrict, "DISTRICT_PARTY_COMMITTEE"));
    }

    /** Moves the Board's calendar to 09:00 of {@code day} in Hanoi. */
    void on(LocalDate day) {
        calendar.useClock(Clock.fixed(day.atTime(LocalTime.of(9, 0)).atZone(HANOI).toInstant(), HANOI));
    }

    void backToNow() {
        calendar.useClock(Clock.system(HANOI));
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.header("Authorization", token);
    }

    /** A task {@code assigning} gave {@code lead} on {@code day} (the calendar stays there), due {@code deadline}. */
    String assigned(UUID assigning, UUID lead, LocalDate day, LocalDate deadline) {
        on(day);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "KEY_TASK");
        body.put("title", "Kiện toàn cấp ủy cơ sở sau sắp xếp");
        body.put("leadUnitId", lead.toString());
        body.put("assigningUnitId", assigning.toString());
        body.put("deadline", deadline.toString());
        String id = as(null).body(body).post(TASKS).then().statusCode(201).extract().path("id");
        step(id, "ASSIGN", null).then().statusCode(200);
        return id;
    }

    static Response step(String id, String step, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        if (reason != null) {
            body.put("reason", reason);
        }
        return as(null).header("If-Match", etag(id)).body(body).post(TASKS + "/" + id + "/steps");
    }

    static String etag(String taskId) {
        return "\"" + as(null).get(TASKS + "/" + taskId).then().statusCode(200).extract().path("version") + "\"";
    }

    /** The rungs reminded for the task, with the deadline each was for, in the order they were sent. */
    List<String> reminders(String taskId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select deadline || ' ' || kind || "
                        + "' ' || rung from task_reminder where task_id = :task order by created_at, rung desc",
                        String.class).setParameter("task", UUID.fromString(taskId)).getResultList());
    }

    /** The types of the events about the task waiting in (or sent from) the outbox on the urging topic. */
    List<String> events(String taskId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select event_type from outbox_event "
                        + "where topic = :topic and message_key = :task order by seq", String.class)
                .setParameter("topic", UrgingEvents.TOPIC).setParameter("task", taskId).getResultList());
    }

    /** What the audit trail recorded about a record: "ACTION actor" lines. */
    List<String> audit(String entityId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select action || ' ' || actor from "
                        + "audit_entry where entity_id = :id order by at", String.class)
                .setParameter("id", UUID.fromString(entityId)).getResultList());
    }

    /** The audit lines of the task's reminders: "ACTION actor". */
    List<String> reminderAudit(String taskId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select a.action || ' ' || a.actor "
                        + "from audit_entry a join task_reminder r on r.id = a.entity_id where r.task_id = :task "
                        + "order by a.at", String.class)
                .setParameter("task", UUID.fromString(taskId)).getResultList());
    }

    static Map<String, Object> notice(UUID issuer, List<String> taskIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuingUnitId", issuer.toString());
        body.put("taskIds", taskIds);
        body.put("text", "Đề nghị khẩn trương hoàn thành nhiệm vụ và báo cáo kết quả.");
        return body;
    }
}
