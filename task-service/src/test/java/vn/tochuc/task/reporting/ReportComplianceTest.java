package vn.tochuc.task.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.Tokens;
import vn.tochuc.task.calendar.BoardCalendar;
import vn.tochuc.task.period.Period;

/** Who reported on time, late or not at all, and the overdue announcements. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class ReportComplianceTest {

    @Inject
    BoardCalendar calendar;

    @Inject
    ReportCompliance compliance;

    @Inject
    ReportObligationService obligations;

    @AfterEach
    void realClock() {
        calendar.useClock(Clock.systemUTC());
    }

    /** District 1 on time, its commune late, district 2 missing for 2025-Q1; all three not yet due for 2025-Q2. */
    private Reports quarterReported(String name) {
        Reports tree = Reports.tree(name);
        String schedule = Reports.defined(tree.quarterlyOf(tree.district1, tree.commune1, tree.district2));
        Map<UUID, String> q1 = Reports.obligations(schedule, "2025-Q1");
        Reports.obligations(schedule, "2025-Q2");
        at("2025-04-10T03:00:00Z");
        Reports.submit(given(), q1.get(tree.district1), "Báo cáo quý I").then().statusCode(200);
        at("2025-04-17T03:00:00Z");
        Reports.submit(given(), q1.get(tree.commune1), "Báo cáo quý I").then().statusCode(200);
        at("2025-04-20T03:00:00Z");
        return tree;
    }

    @Test
    void shouldCountEachDistrictsSubtreeOnTimeLateAndMissingWithATotal() {
        Reports tree = quarterReported("Vĩnh Long");
        JsonPath view = given().queryParam("orgUnitId", tree.province.toString()).queryParam("period", "2025-Q1")
                .get("/api/v1/report-compliance").then().statusCode(200).header("ETag", org.hamcrest.Matchers
                        .notNullValue()).extract().jsonPath();

        assertThat(view.getList("rows.unitName")).containsExactly("Huyện ủy A Vĩnh Long", "Huyện ủy B Vĩnh Long");
        assertThat(row(view, 0)).containsExactly(1, 1, 0, 0, 2);
        assertThat(row(view, 1)).containsExactly(0, 0, 1, 0, 1);
        assertThat(view.getInt("total.submittedOnTime")).isEqualTo(1);
        assertThat(view.getInt("total.submittedLate")).isEqualTo(1);
        assertThat(view.getInt("total.missing")).isEqualTo(1);
        assertThat(view.getString("asOf")).isEqualTo("2025-04-20");
    }

    @Test
    void shouldCountTheYearSoFarWithoutAPeriodAndIgnoreSubmissionsAfterTheDayAsked() {
        Reports tree = quarterReported("Trà Vinh");
        JsonPath yearSoFar = given().queryParam("orgUnitId", tree.province.toString())
                .get("/api/v1/report-compliance").then().statusCode(200).extract().jsonPath();
        assertThat(row(yearSoFar, 0)).containsExactly(1, 1, 0, 2, 4);
        assertThat(row(yearSoFar, 1)).containsExactly(0, 0, 1, 1, 2);

        JsonPath before = given().queryParam("orgUnitId", tree.province.toString()).queryParam("period", "2025-Q1")
                .queryParam("asOf", "2025-04-12").get("/api/v1/report-compliance").then().statusCode(200)
                .extract().jsonPath();
        assertThat(row(before, 0)).containsExactly(1, 0, 0, 1, 2);
    }

    @Test
    void shouldShowADistrictOfficerItsCommunesAndNothingAboveIt() {
        Reports tree = quarterReported("Sóc Trăng");
        String district = Tokens.unitOfficer("district1@test", tree.district1);
        JsonPath own = given().header("Authorization", district).queryParam("orgUnitId", tree.district1.toString())
                .queryParam("period", "2025-Q1").get("/api/v1/report-compliance").then().statusCode(200)
                .extract().jsonPath();
        assertThat(own.getList("rows.unitName")).containsExactly("Huyện ủy A Sóc Trăng", "Đảng ủy xã A1 Sóc Trăng");
        assertThat(own.getList("rows.itself", Boolean.class)).containsExactly(true, false);
        assertThat(row(own, 0)).containsExactly(1, 0, 0, 0, 1);
        assertThat(row(own, 1)).containsExactly(0, 1, 0, 0, 1);

        given().header("Authorization", district).queryParam("orgUnitId", tree.province.toString())
                .get("/api/v1/report-compliance").then().statusCode(404);
        given().header("Authorization", district).queryParam("orgUnitId", tree.district2.toString())
                .get("/api/v1/report-compliance").then().statusCode(404);
    }

    @Test
    void shouldGiveTheSameViewAsASpreadsheet() throws Exception {
        Reports tree = quarterReported("Bến Tre");
        byte[] xlsx = given().queryParam("orgUnitId", tree.province.toString()).queryParam("period", "2025-Q1")
                .queryParam("format", "xlsx").get("/api/v1/report-compliance").then().statusCode(200)
                .contentType(vn.tochuc.task.export.XlsxTable.MEDIA_TYPE).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Huyện ủy A Bến Tre");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(1.0);
        }
        given().header("Accept", vn.tochuc.task.export.XlsxTable.MEDIA_TYPE)
                .queryParam("orgUnitId", tree.province.toString()).get("/api/v1/report-compliance").then()
                .statusCode(200).contentType(vn.tochuc.task.export.XlsxTable.MEDIA_TYPE);
        String etag = given().queryParam("orgUnitId", tree.province.toString()).get("/api/v1/report-compliance")
                .then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("orgUnitId", tree.province.toString())
                .get("/api/v1/report-compliance").then().statusCode(304);
    }

    @Test
    void shouldGiveTheEvaluationFeatureTheCountsOfAWholeSubtree() {
        Reports tree = quarterReported("Cà Mau");
        ReportCompliance.Counts counts = QuarkusTransaction.requiringNew().call(() -> compliance.countsFor(
                tree.province, Period.quarter(2025, 1), LocalDate.of(2025, 4, 20)));
        assertThat(counts).isEqualTo(new ReportCompliance.Counts(1, 1, 1, 0));
        assertThat(counts.onTimeShare()).isEqualTo(1.0 / 3);
    }

    @Test
    void shouldRefuseABadComplianceQuery() {
        Reports tree = Reports.tree("Kiên Giang");
        given().get("/api/v1/report-compliance").then().statusCode(400).body("errors.field", hasItem("orgUnitId"));
        given().queryParam("orgUnitId", "x").get("/api/v1/report-compliance").then().statusCode(400);
        given().queryParam("orgUnitId", UUID.randomUUID().toString()).get("/api/v1/report-compliance").then()
                .statusCode(404);
        String unit = tree.province.toString();
        given().queryParam("orgUnitId", unit).queryParam("period", "2025-Q0").get("/api/v1/report-compliance")
                .then().statusCode(400).body("errors.field", hasItem("period"));
        given().queryParam("orgUnitId", unit).queryParam("asOf", "2025-02-30").get("/api/v1/report-compliance")
                .then().statusCode(400).body("errors.field", hasItem("asOf"));
        given().queryParam("orgUnitId", unit).queryParam("scheduleId", "s").get("/api/v1/report-compliance")
                .then().statusCode(400).body("errors.field", hasItem("scheduleId"));
        given().queryParam("orgUnitId", unit).queryParam("format", "pdf").get("/api/v1/report-compliance")
                .then().statusCode(400).body("errors.field", hasItem("format"));
        given().queryParam("orgUnitId", unit).get("/api/v1/report-compliance").then().statusCode(200)
                .body("total.total", equalTo(0));
    }

    @Test
    void shouldAnnounceEachOverdueObligationExactlyOnceWhenTwoChecksRaceEachOther() throws Exception {
        Reports tree = Reports.tree("An Giang");
        String schedule = Reports.defined(tree.quarterlyOf(tree.district1, tree.commune1, tree.district2));
        Map<UUID, String> due = Reports.obligations(schedule, "2024-Q3");
        Reports.submit(given(), due.get(tree.district2), "Báo cáo quý III").then().statusCode(200);
        Reports.obligations(schedule, "2099-Q1");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return obligations.notifyOverdue().size();
                }, pool));
            }
            start.countDown();
            runs.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
            runs.get(1).get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        obligations.notifyOverdue();

        UUID id = UUID.fromString(schedule);
        assertThat(overdueEvents(id)).as("one event for each of the two unsubmitted 2024-Q3 reports").isEqualTo(2);
        assertThat(ReportScheduleTest.count("select count(*) from report_obligation where schedule_id = ?1 "
                + "and overdue_notified_at is not null", id)).isEqualTo(2);
    }

    private static long overdueEvents(UUID schedule) {
        return ReportScheduleTest.count("select count(*) from outbox_event e join report_obligation o "
                + "on e.message_key = cast(o.id as varchar) where o.schedule_id = ?1 and e.event_type = '"
                + ReportEvents.OVERDUE + "'", schedule);
    }

    private void at(String instant) {
        calendar.useClock(Clock.fixed(Instant.parse(instant), calendar.zone()));
    }

    /** A row's counts: on time, late, missing, not yet due, total. */
    private static List<Integer> row(JsonPath view, int index) {
        String r = "rows[" + index + "].";
        return List.of(view.getInt(r + "submittedOnTime"), view.getInt(r + "submittedLate"), view.getInt(r + "missing"),
                view.getInt(r + "notYetDue"), view.getInt(r + "total"));
    }
}
