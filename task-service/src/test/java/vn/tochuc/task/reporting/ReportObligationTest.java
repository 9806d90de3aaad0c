package vn.tochuc.task.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.EventCatalog;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.calendar.BoardCalendar;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class ReportObligationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    BoardCalendar calendar;

    @Inject
    ReportObligationService obligations;

    @Inject
    ReportScheduleService schedules;

    @AfterEach
    void realClock() {
        calendar.useClock(Clock.systemUTC());
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token);
    }

    @Test
    void shouldLetTheUnitSubmitTheRequesterReturnItAndAcceptTheCorrectionKeepingEverySubmission() {
        Reports tree = Reports.tree("Bắc Giang");
        String id = Reports.obligations(Reports.defined(tree.quarterlyOfDistricts()), "2025-Q1").get(tree.district1);
        String district = Tokens.unitOfficer("district1@test", tree.district1);
        String board = Tokens.unitOfficer("province@test", tree.province);

        Reports.submit(as(district), id, "Quý I: kết nạp 120 đảng viên").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submissionCount", equalTo(1));
        Reports.review(as(board), id, "return", "Thiếu số liệu kết nạp đảng viên").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("submittedAt", nullValue());
        Reports.submit(as(district), id, "Quý I (bổ sung): kết nạp 120 đảng viên, 3 chi bộ mới").then()
                .statusCode(200).body("submissionCount", equalTo(2));
        Reports.review(as(board), id, "accept", null).then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("acceptedAt", not(nullValue()));

        given().get("/api/v1/report-obligations/" + id + "/submissions").then().statusCode(200)
                .body("number", equalTo(List.of(1, 2))).body("outcome", equalTo(List.of("RETURNED", "ACCEPTED")))
                .body("[0].returnReason", equalTo("Thiếu số liệu kết nạp đảng viên"))
                .body("[0].submittedBy", equalTo("district1@test")).body("[1].reviewedBy", equalTo("province@test"));
        assertThat(auditActions(id)).containsExactly("DUE", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED");
    }

    @Test
    void shouldCountASubmissionAt2330OnTheDueDateAsOnTimeAndAt0030TheNextDayAsLate() {
        Reports tree = Reports.tree("Thái Nguyên");
        Map<UUID, String> due = Reports.obligations(Reports.defined(tree.quarterlyOfDistricts()), "2025-Q1");

        calendar.useClock(Clock.fixed(Instant.parse("2025-04-15T16:30:00Z"), calendar.zone()));
        Reports.submit(given(), due.get(tree.district1), "Báo cáo quý I").then().statusCode(200);
        calendar.useClock(Clock.fixed(Instant.parse("2025-04-15T17:30:00Z"), calendar.zone()));
        Reports.submit(given(), due.get(tree.district2), "Báo cáo quý I").then().statusCode(200);

        given().get("/api/v1/report-obligations/" + due.get(tree.district1)).then()
                .body("timeliness", equalTo("SUBMITTED_ON_TIME"));
        given().get("/api/v1/report-obligations/" + due.get(tree.district2)).then()
                .body("timeliness", equalTo("SUBMITTED_LATE"));
    }

    @Test
    void shouldCountACorrectionSentAfterTheDueDateAsLateEvenIfTheFirstReportWasOnTime() {
        Reports tree = Reports.tree("Lạng Sơn");
        String id = Reports.obligations(Reports.defined(tree.quarterlyOf(tree.district1)), "2025-Q1")
                .get(tree.district1);
        calendar.useClock(Clock.fixed(Instant.parse("2025-04-10T02:00:00Z"), calendar.zone()));
        Reports.submit(given(), id, "Báo cáo quý I").then().statusCode(200)
                .body("timeliness", equalTo("SUBMITTED_ON_TIME"));
        calendar.useClock(Clock.fixed(Instant.parse("2025-04-16T02:00:00Z"), calendar.zone()));
        Reports.review(given(), id, "return", "Sai mẫu biểu").then().body("timeliness", equalTo("MISSING"));
        Reports.submit(given(), id, "Báo cáo quý I (sửa)").then().statusCode(200)
                .body("timeliness", equalTo("SUBMITTED_LATE"))
                .body("firstSubmittedAt", org.hamcrest.Matchers.startsWith("2025-04-10"));
    }

    @Test
    void shouldLetOnlyTheReportingUnitSubmitAndOnlyTheRequestingUnitReview() {
        Reports tree = Reports.tree("Quảng Ninh");
        Map<UUID, String> due = Reports.obligations(Reports.defined(tree.quarterlyOfDistricts()), "2025-Q1");
        String id = due.get(tree.district1);
        String district1 = Tokens.unitOfficer("district1@test", tree.district1);
        String district2 = Tokens.unitOfficer("district2@test", tree.district2);
        String viewer = Tokens.scoped("viewer@test", List.of(tree.province), "viewer");

        Reports.submit(as(district2), id, "Báo cáo").then().statusCode(404);
        as(district2).get("/api/v1/report-obligations/" + id).then().statusCode(404);
        as(district2).get("/api/v1/report-obligations/" + id + "/submissions").then().statusCode(404);
        as(district1).get("/api/v1/report-obligations?unitId=" + tree.district2).then().statusCode(200)
                .body("items", hasSize(0));
        as(district1).get("/api/v1/report-obligations?period=2025-Q1&unitId=" + tree.district1).then()
                .statusCode(200).body("items.id", equalTo(List.of(id)));
        Reports.submit(as(viewer), id, "Báo cáo").then().statusCode(403);

        Reports.submit(as(district1), id, "Báo cáo").then().statusCode(200);
        Reports.review(as(district1), id, "accept", null).then().statusCode(403)
                .body("type", equalTo("https://tochuc.vn/problems/not-your-role"));
        Reports.review(as(Tokens.unitOfficer("province@test", tree.province)), id, "accept", null).then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseWritesWithoutOrWithAStaleOrWildcardVersionAndChangeNothing() {
        Reports tree = Reports.tree("Bắc Kạn");
        String id = Reports.obligations(Reports.defined(tree.quarterlyOf(tree.district1)), "2025-Q1")
                .get(tree.district1);
        Map<String, String> body = Map.of("summary", "Báo cáo quý I");
        String path = "/api/v1/report-obligations/" + id + "/submissions";

        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(428)
                .contentType("application/problem+json");
        given().header("If-Match", "*").contentType(ContentType.JSON).body(body).post(path).then().statusCode(428);
        given().header("If-Match", "\"3\"").contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(412);
        given().header("If-Match", "\"0\"").post("/api/v1/report-obligations/" + id + "/accept").then()
                .statusCode(409);
        given().post("/api/v1/report-obligations/" + id + "/accept").then().statusCode(428);
        given().get("/api/v1/report-obligations/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("DUE"));
        given().header("If-None-Match", "\"0\"").get("/api/v1/report-obligations/" + id).then().statusCode(304);
    }

    @Test
    void shouldRefuseSubmittingAnAcceptedReportAndAcceptingItTwice() {
        Reports tree = Reports.tree("Điện Biên");
        String id = Reports.obligations(Reports.defined(tree.quarterlyOf(tree.district1)), "2025-Q1")
                .get(tree.district1);
        Reports.submit(given(), id, "Báo cáo quý I").then().statusCode(200);
        Reports.submit(given(), id, "Báo cáo lần hai").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/invalid-transition"));
        Reports.review(given(), id, "accept", null).then().statusCode(200);

        Reports.review(given(), id, "accept", null).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("already accepted"));
        Reports.submit(given(), id, "Báo cáo sau khi tiếp nhận").then().statusCode(409);
        Reports.review(given(), id, "return", "Muộn").then().statusCode(409);
        Reports.review(given(), id, "cancel", "Nhầm").then().statusCode(409);
        given().get("/api/v1/report-obligations/" + id + "/submissions").then().body("$", hasSize(1));
    }

    @Test
    void shouldKeepAWaivedAndACancelledObligationOnRecordWithTheirReasons() {
        Reports tree = Reports.tree("Lai Châu");
        Map<UUID, String> due = Reports.obligations(Reports.defined(tree.quarterlyOfDistricts()), "2025-Q1");
        Reports.review(given(), due.get(tree.district1), "waive", "Đơn vị mới thành lập").then().statusCode(200)
                .body("status", equalTo("WAIVED")).body("timeliness", nullValue())
                .body("closedReason", equalTo("Đơn vị mới thành lập"));
        Reports.review(given(), due.get(tree.district2), "cancel", "Phát sinh nhầm").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().queryParam("requestingUnitId", tree.province.toString()).queryParam("status", "CANCELLED")
                .get("/api/v1/report-obligations").then().body("items.id", equalTo(List.of(due.get(tree.district2))));
        Reports.submit(given(), due.get(tree.district1), "Báo cáo").then().statusCode(409);
    }

    @Test
    void shouldRefuseBadSubmissionsAndReviewsAndWriteNothing() {
        Reports tree = Reports.tree("Sơn La");
        String id = Reports.obligations(Reports.defined(tree.quarterlyOf(tree.district1)), "2025-Q1")
                .get(tree.district1);
        String path = "/api/v1/report-obligations/" + id;
        RequestSpecification write = given().header("If-Match", "\"0\"").contentType(ContentType.JSON);

        write.body("{\"summary\": ").post(path + "/submissions").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"summary\": 12, \"attachmentRef\": "
                + "{\"a\": 1}}").post(path + "/submissions").then().statusCode(400);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}").post(path + "/submissions")
                .then().statusCode(400).body("errors.field", hasItem("summary"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).post(path + "/submissions").then()
                .statusCode(400);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("summary", "x".repeat(10001))).post(path + "/submissions").then().statusCode(400)
                .body("errors.field", hasItem("summary"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("summary", "ok", "attachmentRef", "x".repeat(501))).post(path + "/submissions").then()
                .statusCode(400).body("errors.field", hasItem("attachmentRef"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("reason", ""))
                .post(path + "/return").then().statusCode(400).body("errors.field", hasItem("reason"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(2001)))
                .post(path + "/waive").then().statusCode(400).body("errors.field", hasItem("reason"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("summary", "ok"))
                .post("/api/v1/report-obligations/" + UUID.randomUUID() + "/submissions").then().statusCode(404);
        given().get("/api/v1/report-obligations/not-an-id").then().statusCode(404);
        given().get("/api/v1/report-obligations?period=2025-Q9").then().statusCode(400)
                .body("errors.field", hasItem("period"));
        given().get("/api/v1/report-obligations?status=LATE").then().statusCode(400);
        given().get("/api/v1/report-obligations?unitId=abc").then().statusCode(400);
        given().get("/api/v1/report-obligations?limit=0").then().statusCode(400);
        given().get("/api/v1/report-obligations?pageToken=forged").then().statusCode(400);

        given().get(path).then().statusCode(200).body("status", equalTo("DUE")).body("version", equalTo(0));
        given().get(path + "/submissions").then().body("$", hasSize(0));
    }

    @Test
    void shouldPageThroughTheObligationsByDueDate() {
        Reports tree = Reports.tree("Ninh Bình");
        for (int i = 0; i < 3; i++) {
            OrgUnits.unit(tree.province, "Huyện ủy " + i, "DISTRICT_PARTY_COMMITTEE");
        }
        String schedule = Reports.defined(tree.quarterlyOfDistricts());
        Reports.generate(schedule, "2025-Q1").then().statusCode(201);
        Reports.generate(schedule, "2024-Q4").then().statusCode(201);
        List<String> seen = new ArrayList<>();
        List<String> dueDates = new ArrayList<>();
        String token = null;
        do {
            var page = given().queryParam("scheduleId", schedule).queryParam("limit", 3)
                    .queryParam("pageToken", token == null ? "" : token).get("/api/v1/report-obligations").then()
                    .statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            dueDates.addAll(page.path("items.dueOn"));
            token = page.path("nextPageToken");
        } while (token != null);
        assertThat(seen).hasSize(10).doesNotHaveDuplicates();
        assertThat(dueDates).isSorted();
        assertThat(dueDates.get(0)).isEqualTo("2025-01-15");
    }

    @Test
    void shouldPublishEveryKindOfReportEventAsTheCatalogDescribesIt() throws Exception {
        Reports tree = Reports.tree("Hà Nam");
        UUID successor = OrgUnits.unit(tree.province, "Huyện ủy C Hà Nam", "DISTRICT_PARTY_COMMITTEE");
        String schedule = Reports.defined(tree.quarterlyOf(tree.district1, tree.district2, tree.commune1));
        Map<UUID, String> due = Reports.obligations(schedule, "2024-Q1");
        String flow = due.get(tree.district1);
        Reports.submit(given(), flow, "Báo cáo").then().statusCode(200);
        Reports.review(given(), flow, "return", "Bổ sung số liệu").then().statusCode(200);
        Reports.submit(given(), flow, "Báo cáo bổ sung").then().statusCode(200);
        Reports.review(given(), flow, "accept", null).then().statusCode(200);
        Reports.review(given(), due.get(tree.district2), "waive", "Miễn").then().statusCode(200);
        Reports.review(given(), due.get(tree.commune1), "cancel", "Nhầm").then().statusCode(200);
        String moved = Reports.obligations(schedule, "2024-Q2").get(tree.district2);
        obligations.notifyOverdue();
        QuarkusTransaction.requiringNew().run(() -> obligations.passToSuccessor(tree.district2, successor,
                AuditTrail.SYSTEM));
        given().header("If-Match", Reports.etag("/api/v1/report-schedules/" + schedule))
                .post("/api/v1/report-schedules/" + schedule + "/end").then().statusCode(200);

        List<String> keys = List.of(flow, due.get(tree.district2), due.get(tree.commune1), moved, schedule);
        List<ConsumerRecord<String, String>> sent = KafkaTestTopics.ofSharedBroker().readUntil(ReportEvents.TOPIC,
                r -> schedule.equals(r.key()) && r.value().contains(ReportEvents.SCHEDULE_ENDED),
                Duration.ofSeconds(30));
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, String> record : sent) {
            if (keys.contains(record.key())) {
                JsonNode event = JSON.readTree(record.value());
                EventCatalog.assertDescribes(event);
                types.add(event.path("type").asText());
            }
        }
        assertThat(types).contains(ReportEvents.SCHEDULED, ReportEvents.DUE, ReportEvents.SUBMITTED,
                ReportEvents.RETURNED, ReportEvents.ACCEPTED, ReportEvents.WAIVED, ReportEvents.CANCELLED,
                ReportEvents.OVERDUE, ReportEvents.TRANSFERRED, ReportEvents.SCHEDULE_ENDED);
        given().get("/api/v1/report-obligations/" + moved).then().body("unitId", equalTo(successor.toString()))
                .body("originalUnitId", equalTo(tree.district2.toString()));
    }

    @Test
    void shouldLeaveASubmittedReportWithTheUnitThatWroteItWhenTheUnitCeases() {
        Reports tree = Reports.tree("Bạc Liêu");
        UUID successor = OrgUnits.unit(tree.province, "Huyện ủy mới Bạc Liêu", "DISTRICT_PARTY_COMMITTEE");
        String schedule = Reports.defined(tree.quarterlyOf(tree.district2, successor));
        String submitted = Reports.obligations(schedule, "2024-Q1").get(tree.district2);
        Reports.submit(given(), submitted, "Báo cáo quý I").then().statusCode(200);
        String due = Reports.obligations(schedule, "2024-Q2").get(tree.district2);

        QuarkusTransaction.requiringNew().run(() -> obligations.passToSuccessor(tree.district2, successor,
                AuditTrail.SYSTEM));

        given().get("/api/v1/report-obligations/" + submitted).then().body("status", equalTo("SUBMITTED"))
                .body("unitId", equalTo(tree.district2.toString()));
        given().get("/api/v1/report-obligations/" + due).then().body("status", equalTo("CANCELLED"));
    }

    private static List<String> auditActions(String id) {
        return QuarkusTransaction.requiringNew().call(() -> vn.tochuc.task.audit.AuditEntry
                .<vn.tochuc.task.audit.AuditEntry>list("entityId = ?1 order by at", UUID.fromString(id)).stream()
                .map(e -> e.action).toList());
    }
}
