package vn.tochuc.task.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;
import vn.tochuc.task.period.Period;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class ReportScheduleTest {

    @Inject
    ReportScheduleService schedules;

    @Test
    void shouldMakeOneObligationPerDistrictDueOnThe15thAndNothingNewTheSecondTime() {
        Reports tree = Reports.tree("Vĩnh Phúc");
        String schedule = Reports.defined(tree.quarterlyOfDistricts());

        Reports.generate(schedule, "2025-Q1").then().statusCode(201).body("created", equalTo(2))
                .body("alreadyExisting", equalTo(0)).body("dueOn", equalTo("2025-04-15"));
        Reports.generate(schedule, "2025-Q1").then().statusCode(200).body("created", equalTo(0))
                .body("alreadyExisting", equalTo(2)).body("createdIds", hasSize(0));

        given().queryParam("scheduleId", schedule).get("/api/v1/report-obligations").then().statusCode(200)
                .body("items.unitId", containsInAnyOrder(tree.district1.toString(), tree.district2.toString()))
                .body("items.status", containsInAnyOrder("DUE", "DUE"))
                .body("items.dueOn", containsInAnyOrder("2025-04-15", "2025-04-15"));
    }

    @Test
    void shouldAskOnlyTheListedUnitsWithTheirOwnDueRule() {
        Reports tree = Reports.tree("Phú Thọ");
        Map<String, Object> body = tree.quarterlyOf(tree.commune1, tree.district2);
        body.put("periodKind", "HALF_YEAR");
        body.put("dueDaysAfterEnd", 10);
        String schedule = Reports.define(body).then().statusCode(201).body("audience", equalTo("LISTED"))
                .extract().path("id");

        Reports.generate(schedule, "2025-H1").then().statusCode(201).body("created", equalTo(2))
                .body("dueOn", equalTo("2025-07-10"));
        assertThat(Reports.obligations(schedule, "2025-H1")).containsOnlyKeys(tree.commune1, tree.district2);
    }

    @Test
    void shouldMakeEachObligationExactlyOnceWhenTwoRunsRaceEachOther() throws Exception {
        Reports tree = Reports.tree("Hòa Bình");
        for (int i = 0; i < 20; i++) {
            OrgUnits.unit(tree.province, "Huyện ủy " + i, "DISTRICT_PARTY_COMMITTEE");
        }
        UUID schedule = UUID.fromString(Reports.defined(tree.quarterlyOfDistricts()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return schedules.generateAsSystem(schedule, Period.quarter(2025, 2)).created().size();
                }, pool));
            }
            start.countDown();
            int created = runs.get(0).get() + runs.get(1).get();

            assertThat(created).isEqualTo(22);
        } finally {
            pool.shutdown();
        }
        assertThat(count("select count(*) from report_obligation where schedule_id = ?1", schedule)).isEqualTo(22);
        assertThat(count("select count(*) from outbox_event e join report_obligation o on e.message_key = "
                + "cast(o.id as varchar) where o.schedule_id = ?1 and e.event_type = '" + ReportEvents.DUE + "'",
                schedule)).isEqualTo(22);
    }

    @Test
    void shouldMakeTheCurrentPeriodOfAnActiveScheduleButNothingForAnEndedOne() {
        Reports tree = Reports.tree("Lào Cai");
        UUID active = UUID.fromString(Reports.defined(tree.quarterlyOfDistricts()));
        String ended = Reports.defined(tree.quarterlyOf(tree.commune1));
        given().header("If-Match", "\"0\"").post("/api/v1/report-schedules/" + ended + "/end").then()
                .statusCode(200).body("status", equalTo("ENDED"));

        ReportScheduleService.Generated made = schedules.generateCurrentPeriod(active, LocalDate.of(2025, 8, 3));
        assertThat(made.period().code()).isEqualTo("2025-Q3");
        assertThat(made.created()).hasSize(2);
        assertThat(schedules.generateCurrentPeriod(UUID.fromString(ended), LocalDate.of(2025, 8, 3))).isNull();
        Reports.generate(ended, "2025-Q3").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/schedule-ended"));
    }

    @Test
    void shouldLetOnlyTheRequestingUnitsOfficersSeeAndUseASchedule() {
        Reports tree = Reports.tree("Yên Bái");
        String schedule = Reports.defined(tree.quarterlyOf(tree.commune1));
        String district = Tokens.unitOfficer("district1@test", tree.district1);

        given().header("Authorization", district).get("/api/v1/report-schedules/" + schedule).then().statusCode(404);
        given().header("Authorization", district).header("If-Match", "\"0\"")
                .post("/api/v1/report-schedules/" + schedule + "/obligations?period=2025-Q1").then().statusCode(404);
        given().header("Authorization", district).contentType(ContentType.JSON).body(tree.quarterlyOf(tree.commune1))
                .post("/api/v1/report-schedules").then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/unknown-unit"));

        Map<String, Object> own = tree.quarterlyOf(tree.commune1);
        own.put("requestingUnitId", tree.district1);
        String districtSchedule = given().header("Authorization", district).contentType(ContentType.JSON).body(own)
                .post("/api/v1/report-schedules").then().statusCode(201).extract().path("id");
        given().header("Authorization", district).get("/api/v1/report-schedules").then().statusCode(200)
                .body("items.id", hasItem(districtSchedule)).body("items.id", org.hamcrest.Matchers.not(
                        hasItem(schedule)));
        given().header("If-None-Match", "\"0\"").get("/api/v1/report-schedules/" + schedule).then().statusCode(304);
    }

    @Test
    void shouldRefuseAScheduleWithBadInputAndRecordNothing() {
        Reports tree = Reports.tree("Tuyên Quang");
        given().contentType(ContentType.JSON).body("{\"subject\": ").post("/api/v1/report-schedules").then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[1, 2]").post("/api/v1/report-schedules").then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).post("/api/v1/report-schedules").then().statusCode(400);

        Map<String, Object> bad = new HashMap<>(tree.quarterlyOfDistricts());
        bad.put("periodKind", "MONTH");
        Reports.define(bad).then().statusCode(400).contentType("application/problem+json");
        bad.put("periodKind", 5);
        Reports.define(bad).then().statusCode(400);
        bad.put("periodKind", "QUARTER");
        bad.put("dueDaysAfterEnd", "fifteen");
        Reports.define(bad).then().statusCode(400).body("errors.field", hasItem("dueDaysAfterEnd"));
        bad.put("dueDaysAfterEnd", 400);
        Reports.define(bad).then().statusCode(400).body("errors.field", hasItem("dueDaysAfterEnd"));
        bad.put("dueDaysAfterEnd", 15);
        bad.put("subject", "x".repeat(501));
        Reports.define(bad).then().statusCode(400).body("errors.field", hasItem("subject"));
        bad.put("subject", " ");
        Reports.define(bad).then().statusCode(400).body("errors.field", hasItem("subject"));
        bad.remove("subject");
        Reports.define(bad).then().statusCode(400).body("errors.field", hasItem("subject"));
        bad.put("subject", "Báo cáo quý");
        bad.put("requestingUnitId", "not-a-unit");
        Reports.define(bad).then().statusCode(400).body("errors.field", hasItem("requestingUnitId"));
        bad.put("requestingUnitId", tree.province);
        bad.put("units", List.of(tree.district1));
        Reports.define(bad).then().statusCode(400).body("errors.field", hasItem("units"));
        bad.remove("unitKind");
        bad.put("units", List.of(tree.district1, UUID.randomUUID()));
        Reports.define(bad).then().statusCode(422).body("type", equalTo("https://tochuc.vn/problems/unit-outside-subtree"));
        UUID elsewhere = OrgUnits.unit(null, "Tỉnh ủy khác", "PROVINCIAL_PARTY_COMMITTEE");
        bad.put("units", List.of(elsewhere));
        Reports.define(bad).then().statusCode(422).body("type", equalTo("https://tochuc.vn/problems/unit-outside-subtree"));
        bad.put("units", List.of(tree.province));
        Reports.define(bad).then().statusCode(422);
        bad.put("units", List.of(tree.district1));
        bad.put("sourceDocumentId", UUID.randomUUID());
        Reports.define(bad).then().statusCode(422).body("type", equalTo("https://tochuc.vn/problems/unknown-document"));

        given().queryParam("requestingUnitId", tree.province.toString()).get("/api/v1/report-schedules").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRefuseABadPeriodOrAPeriodOfAnotherKind() {
        Reports tree = Reports.tree("Hà Giang");
        String schedule = Reports.defined(tree.quarterlyOfDistricts());
        for (String period : new String[] {"2025-Q5", "25-Q1", "2025-q1", "abc", "", "2025-H1", "2025"}) {
            given().header("If-Match", "\"0\"").queryParam("period", period)
                    .post("/api/v1/report-schedules/" + schedule + "/obligations").then().statusCode(400)
                    .body("errors.field", hasItem("period"));
        }
        given().header("If-Match", "\"0\"").post("/api/v1/report-schedules/" + schedule + "/obligations")
                .then().statusCode(400).body("errors.field", hasItem("period"));
        given().header("If-Match", "\"0\"").post("/api/v1/report-schedules/" + UUID.randomUUID()
                + "/obligations?period=2025-Q1").then().statusCode(404);
        given().get("/api/v1/report-schedules?periodKind=MONTH").then().statusCode(400);
        given().get("/api/v1/report-schedules?pageToken=forged").then().statusCode(400);
        assertThat(count("select count(*) from report_obligation where schedule_id = ?1",
                UUID.fromString(schedule))).isZero();
    }

    @Test
    void shouldRefuseToEndOrGenerateWithoutTheCurrentVersion() {
        Reports tree = Reports.tree("Cao Bằng");
        String schedule = Reports.defined(tree.quarterlyOfDistricts());
        given().post("/api/v1/report-schedules/" + schedule + "/end").then().statusCode(428);
        given().header("If-Match", "*").post("/api/v1/report-schedules/" + schedule + "/end").then().statusCode(428);
        given().header("If-Match", "\"7\"").post("/api/v1/report-schedules/" + schedule + "/end").then()
                .statusCode(412);
        given().post("/api/v1/report-schedules/" + schedule + "/obligations?period=2025-Q1").then().statusCode(428);
        given().header("If-Match", "*").post("/api/v1/report-schedules/" + schedule + "/obligations?period=2025-Q1")
                .then().statusCode(428);
        given().get("/api/v1/report-schedules/" + schedule).then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().header("If-Match", "\"0\"").post("/api/v1/report-schedules/" + schedule + "/end").then()
                .statusCode(200);
        given().header("If-Match", "\"1\"").post("/api/v1/report-schedules/" + schedule + "/end").then()
                .statusCode(409);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) ReportObligation.getEntityManager()
                .createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue());
    }
}
