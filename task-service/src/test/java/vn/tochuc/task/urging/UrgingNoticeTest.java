package vn.tochuc.task.urging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.tochuc.task.urging.UrgingFixture.NOTICES;
import static vn.tochuc.task.urging.UrgingFixture.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.tochuc.task.Tokens;

/** Urging notices: numbering per unit and year, notice counts, escalation to the level above, reading and access. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class UrgingNoticeTest {

    private static final LocalDate ASSIGNED_ON = LocalDate.of(2025, 1, 6);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 2, 28);
    private static final LocalDate LATE = LocalDate.of(2025, 3, 5);

    @Inject
    UrgingFixture fixture;

    private UrgingFixture.Tree tree;
    private String districtOfficer;

    @BeforeEach
    void setUp() {
        tree = fixture.tree("Huyện ủy Lập Thạch", "Đảng ủy xã Xuân Hòa", "Huyện ủy Sông Lô");
        districtOfficer = Tokens.unitOfficer("to-chuc@lapthach", tree.district());
    }

    @AfterEach
    void tearDown() {
        fixture.backToNow();
    }

    private String lateTask() {
        return fixture.assigned(tree.district(), tree.commune(), ASSIGNED_ON, DEADLINE);
    }

    private JsonPath issue(String token, UUID issuer, List<String> tasks) {
        return as(token).body(UrgingFixture.notice(issuer, tasks)).post(NOTICES).then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void shouldNumberEachIssuingUnitsNoticesFromOneEveryYear() {
        String task = lateTask();
        String otherTask = fixture.assigned(tree.otherDistrict(), tree.otherDistrict(), ASSIGNED_ON, DEADLINE);
        fixture.on(LATE);
        int first = issue(districtOfficer, tree.district(), List.of(task)).getInt("number");
        int second = issue(districtOfficer, tree.district(), List.of(task)).getInt("number");
        int otherUnits = issue(null, tree.otherDistrict(), List.of(otherTask)).getInt("number");
        String nextYearTask = fixture.assigned(tree.district(), tree.commune(), LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 5));
        fixture.on(LocalDate.of(2026, 1, 6));
        JsonPath nextYear = issue(districtOfficer, tree.district(), List.of(nextYearTask));

        assertThat(List.of(first, second, otherUnits)).containsExactly(1, 2, 1);
        assertThat(nextYear.getInt("year")).isEqualTo(2026);
        assertThat(nextYear.getInt("number")).isEqualTo(1);
    }

    @Test
    void shouldGiveConcurrentNoticesConsecutiveNumbersAndCountEachOnce() throws Exception {
        String task = lateTask();
        fixture.on(LATE);
        int callers = 6;
        CyclicBarrier together = new CyclicBarrier(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Integer> numbers = new ArrayList<>();
        try {
            List<Future<Integer>> issued = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                issued.add(pool.submit(() -> {
                    together.await();
                    return issue(districtOfficer, tree.district(), List.of(task)).getInt("number");
                }));
            }
            for (Future<Integer> f : issued) {
                numbers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        List<Integer> counts = as(districtOfficer).get(NOTICES + "?taskId=" + task).then().statusCode(200)
                .extract().path("items.tasks.flatten().noticeCount");
        List<Object> escalations = as(null).get(NOTICES + "/escalations?taskId=" + task).then().statusCode(200)
                .extract().path("items");

        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(counts).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(escalations).hasSize(1);
    }

    @Test
    void shouldEscalateATaskToTheUnitAboveTheIssuerWithItsSecondNotice() {
        String task = lateTask();
        fixture.on(LATE);
        JsonPath first = issue(districtOfficer, tree.district(), List.of(task));
        JsonPath second = issue(districtOfficer, tree.district(), List.of(task));
        JsonPath third = issue(districtOfficer, tree.district(), List.of(task));
        String provinceOfficer = Tokens.unitOfficer("to-chuc@tinhuy", tree.province());
        JsonPath escalations = as(provinceOfficer).get(NOTICES + "/escalations?addressedUnitId=" + tree.province())
                .then().statusCode(200).extract().jsonPath();

        assertThat(first.getString("tasks[0].escalatedToUnitId")).isNull();
        assertThat(second.getString("tasks[0].escalatedToUnitId")).isEqualTo(tree.province().toString());
        assertThat(third.getString("tasks[0].escalatedToUnitId")).isNull();
        assertThat(escalations.getList("items.taskId")).containsExactly(task);
        assertThat(escalations.getString("items[0].noticeId")).isEqualTo(second.getString("id"));
        assertThat(escalations.getInt("items[0].noticeCount")).isEqualTo(2);
        assertThat(fixture.events(task)).containsExactly(UrgingEvents.URGED, UrgingEvents.URGED,
                UrgingEvents.ESCALATED, UrgingEvents.URGED);
    }

    @Test
    void shouldNotEscalateFromTheTopOfTheTree() {
        String task = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, DEADLINE);
        fixture.on(LATE);
        issue(null, tree.province(), List.of(task));
        JsonPath second = issue(null, tree.province(), List.of(task));

        assertThat(second.getInt("tasks[0].noticeCount")).isEqualTo(2);
        assertThat(second.getString("tasks[0].escalatedToUnitId")).isNull();
    }

    @Test
    void shouldUrgeATaskAssignedByAUnitBelowTheIssuer() {
        String task = lateTask();
        fixture.on(LATE);
        JsonPath notice = issue(null, tree.province(), List.of(task));

        assertThat(notice.getString("tasks[0].assigningUnitId")).isEqualTo(tree.district().toString());
    }

    @Test
    void shouldUrgeATaskDueWithinAWeek() {
        String task = fixture.assigned(tree.district(), tree.commune(), ASSIGNED_ON, DEADLINE);
        fixture.on(DEADLINE.minusDays(7));
        JsonPath notice = issue(districtOfficer, tree.district(), List.of(task));

        assertThat(notice.getList("tasks.taskId")).containsExactly(task);
    }

    @Test
    void shouldReadANoticeWithItsETagAndAnswer304WhenUnchanged() {
        String task = lateTask();
        fixture.on(LATE);
        String id = issue(districtOfficer, tree.district(), List.of(task)).getString("id");
        String etag = as(districtOfficer).get(NOTICES + "/" + id).then().statusCode(200)
                .body("number", equalTo(1)).body("taskCount", equalTo(1)).extract().header("ETag");

        as(districtOfficer).header("If-None-Match", etag).get(NOTICES + "/" + id).then().statusCode(304);
    }

    @Test
    void shouldListNoticesByIssuingUnitTaskAndYearPageByPage() {
        String task = lateTask();
        String otherTask = lateTask();
        fixture.on(LATE);
        String first = issue(districtOfficer, tree.district(), List.of(task)).getString("id");
        String second = issue(districtOfficer, tree.district(), List.of(task, otherTask)).getString("id");
        String third = issue(districtOfficer, tree.district(), List.of(otherTask)).getString("id");

        JsonPath page1 = as(districtOfficer).get(NOTICES + "?issuingUnitId=" + tree.district() + "&year=2025&limit=2")
                .then().statusCode(200).extract().jsonPath();
        List<String> page2 = as(districtOfficer).queryParam("pageToken", page1.getString("nextPageToken"))
                .get(NOTICES + "?issuingUnitId=" + tree.district() + "&year=2025&limit=2").then().statusCode(200)
                .extract().path("items.id");
        List<String> ofTask = as(districtOfficer).get(NOTICES + "?taskId=" + task).then().statusCode(200)
                .extract().path("items.id");
        List<String> otherYear = as(districtOfficer).get(NOTICES + "?issuingUnitId=" + tree.district() + "&year=2024")
                .then().statusCode(200).extract().path("items.id");

        assertThat(page1.getList("items.id")).containsExactly(first, second);
        assertThat(page2).containsExactly(third);
        assertThat(ofTask).containsExactly(first, second);
        assertThat(otherYear).isEmpty();
    }

    @Test
    void shouldHideANoticeFromAnotherBranchOfTheTree() {
        String task = lateTask();
        fixture.on(LATE);
        String id = issue(districtOfficer, tree.district(), List.of(task)).getString("id");
        String otherOfficer = Tokens.unitOfficer("to-chuc@songlo", tree.otherDistrict());

        as(otherOfficer).get(NOTICES + "/" + id).then().statusCode(404);
        assertThat(as(otherOfficer).get(NOTICES + "?taskId=" + task).then().statusCode(200)
                .extract().<List<Object>>path("items")).isEmpty();
        assertThat(as(otherOfficer).get(NOTICES + "/escalations?taskId=" + task).then().statusCode(200)
                .extract().<List<Object>>path("items")).isEmpty();
    }

    @Test
    void shouldShowALeadUnitOnlyItsOwnTasksOfANotice() {
        UUID otherCommune = OrgUnits.unit(tree.district(), "Đảng ủy xã Tiên Lữ");
        String ours = lateTask();
        String theirs = fixture.assigned(tree.district(), otherCommune, ASSIGNED_ON, DEADLINE);
        fixture.on(LATE);
        String id = issue(districtOfficer, tree.district(), List.of(ours, theirs)).getString("id");
        String communeOfficer = Tokens.unitOfficer("bi-thu@xuanhoa", tree.commune());

        JsonPath seen = as(communeOfficer).get(NOTICES + "/" + id).then().statusCode(200).extract().jsonPath();

        assertThat(seen.getList("tasks.taskId")).containsExactly(ours);
        assertThat(seen.getInt("taskCount")).isEqualTo(2);
    }

    @Test
    void shouldAuditTheNoticeWithTheCallersSubject() {
        String task = lateTask();
        fixture.on(LATE);
        String id = issue(districtOfficer, tree.district(), List.of(task)).getString("id");

        assertThat(fixture.audit(id)).containsExactly("ISSUED to-chuc@lapthach");
    }
}
