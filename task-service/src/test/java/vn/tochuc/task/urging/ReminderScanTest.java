package vn.tochuc.task.urging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.calendar.BoardCalendar;

/** Deadline reminders: the ladder, once per task and rung however many replicas scan, the Board's midnight. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class ReminderScanTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 3, 10);

    @Inject
    ReminderScan scan;

    @Inject
    BoardCalendar calendar;

    @Inject
    UrgingFixture fixture;

    private UUID province;
    private UUID district;

    @BeforeEach
    void setUp() {
        province = OrgUnits.unit(null, "Tỉnh ủy", "PROVINCIAL_PARTY_COMMITTEE");
        district = OrgUnits.unit(province, "Huyện ủy Tam Dương", "DISTRICT_PARTY_COMMITTEE");
    }

    @AfterEach
    void tearDown() {
        fixture.backToNow();
    }

    @Test
    void shouldSendEachReminderOnceWhenTwoReplicasScanTheSameDayAtOnce() throws Exception {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(fixture.assigned(province, district, DEADLINE.minusDays(20), DEADLINE.plusDays(i % 4)));
        }
        LocalDate day = DEADLINE.minusDays(1);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                runs.add(replicas.submit(() -> {
                    together.await();
                    return scan.runOnce(day);
                }));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
        scan.runOnce(day);
        scan.runOnce(day);

        for (String task : tasks) {
            assertThat(fixture.reminders(task)).as("reminders of %s", task).hasSize(1);
            assertThat(fixture.events(task)).as("events of %s", task).hasSize(1);
        }
        assertThat(fixture.reminders(tasks.get(0))).containsExactly(DEADLINE + " DUE_SOON 1");
        assertThat(fixture.reminders(tasks.get(3))).containsExactly(DEADLINE.plusDays(3) + " DUE_SOON 7");
    }

    @Test
    void shouldSendNothingWhenTheSameDayIsScannedAgain() {
        String task = fixture.assigned(province, district, DEADLINE.minusDays(20), DEADLINE);
        scan.runOnce(DEADLINE.minusDays(3));
        scan.runOnce(DEADLINE.minusDays(3));
        scan.runOnce(DEADLINE.minusDays(2));

        assertThat(fixture.reminders(task)).containsExactly(DEADLINE + " DUE_SOON 3");
        assertThat(fixture.events(task)).containsExactly(UrgingEvents.DUE_SOON);
    }

    @Test
    void shouldClimbTheLadderToTheDayAndThenRemindEveryWeekWhileOverdue() {
        String task = fixture.assigned(province, district, DEADLINE.minusDays(20), DEADLINE);
        for (int before = 10; before >= -16; before--) {
            scan.runOnce(DEADLINE.minusDays(before));
        }

        assertThat(fixture.reminders(task)).containsExactly(DEADLINE + " DUE_SOON 7", DEADLINE + " DUE_SOON 3",
                DEADLINE + " DUE_SOON 1", DEADLINE + " DUE_TODAY 0", DEADLINE + " OVERDUE -1",
                DEADLINE + " OVERDUE -2", DEADLINE + " OVERDUE -3");
        assertThat(fixture.events(task)).containsExactly(UrgingEvents.DUE_SOON, UrgingEvents.DUE_SOON,
                UrgingEvents.DUE_SOON, UrgingEvents.DUE_TODAY, UrgingEvents.OVERDUE, UrgingEvents.OVERDUE,
                UrgingEvents.OVERDUE);
    }

    @Test
    void shouldSendNoMoreRemindersOnceTheTaskIsCompleted() {
        String task = fixture.assigned(province, district, DEADLINE.minusDays(20), DEADLINE);
        scan.runOnce(DEADLINE.minusDays(7));
        UrgingFixture.step(task, "SUBMIT", null).then().statusCode(200);
        UrgingFixture.step(task, "ACCEPT", null).then().statusCode(200);
        scan.runOnce(DEADLINE.minusDays(3));
        scan.runOnce(DEADLINE);
        scan.runOnce(DEADLINE.plusDays(1));

        assertThat(fixture.reminders(task)).containsExactly(DEADLINE + " DUE_SOON 7");
    }

    @Test
    void shouldNotRemindATaskOnHoldUntilItIsResumed() {
        String task = fixture.assigned(province, district, DEADLINE.minusDays(20), DEADLINE);
        UrgingFixture.step(task, "HOLD", "Chờ sắp xếp tổ chức bộ máy").then().statusCode(200);
        scan.runOnce(DEADLINE.minusDays(7));
        scan.runOnce(DEADLINE.minusDays(3));
        UrgingFixture.step(task, "RESUME", null).then().statusCode(200);
        scan.runOnce(DEADLINE.minusDays(2));

        assertThat(fixture.reminders(task)).containsExactly(DEADLINE + " DUE_SOON 3");
    }

    @Test
    void shouldGiveAnExtendedDeadlineItsOwnRungs() {
        String task = fixture.assigned(province, district, DEADLINE.minusDays(20), DEADLINE);
        scan.runOnce(DEADLINE.minusDays(1));
        fixture.on(DEADLINE.minusDays(1));
        LocalDate extended = DEADLINE.plusDays(10);
        String extension = UrgingFixture.as(null).header("If-Match", UrgingFixture.etag(task))
                .body(Map.of("newDeadline", extended.toString(), "reason", "Chờ hướng dẫn của Trung ương"))
                .post(UrgingFixture.TASKS + "/" + task + "/extensions").then().statusCode(201).extract().path("id");
        UrgingFixture.as(null).header("If-Match", UrgingFixture.etag(task)).body(Map.of("decision", "APPROVE"))
                .post(UrgingFixture.TASKS + "/" + task + "/extensions/" + extension + "/decision")
                .then().statusCode(200);
        scan.runOnce(DEADLINE.minusDays(1));
        scan.runOnce(extended.minusDays(7));

        assertThat(fixture.reminders(task)).containsExactly(DEADLINE + " DUE_SOON 1", extended + " DUE_SOON 7");
    }

    @Test
    void shouldTurnTheOneDayReminderIntoTheDayReminderAtLocalMidnight() {
        String task = fixture.assigned(province, district, DEADLINE.minusDays(20), DEADLINE);
        calendar.useClock(Clock.fixed(Instant.parse("2025-03-09T16:59:59Z"), UrgingFixture.HANOI));
        scan.runOnce(calendar.today());
        List<String> beforeMidnight = fixture.reminders(task);
        calendar.useClock(Clock.fixed(Instant.parse("2025-03-09T17:00:00Z"), UrgingFixture.HANOI));
        scan.runOnce(calendar.today());

        assertThat(beforeMidnight).containsExactly(DEADLINE + " DUE_SOON 1");
        assertThat(fixture.reminders(task)).containsExactly(DEADLINE + " DUE_SOON 1", DEADLINE + " DUE_TODAY 0");
    }

    @Test
    void shouldAuditEachReminderAsTheServicesOwnChange() {
        String task = fixture.assigned(province, district, DEADLINE.minusDays(20), DEADLINE);
        scan.runOnce(DEADLINE);
        scan.runOnce(DEADLINE);

        assertThat(fixture.reminderAudit(task)).containsExactly("DUE_TODAY system:task-service");
    }
}
