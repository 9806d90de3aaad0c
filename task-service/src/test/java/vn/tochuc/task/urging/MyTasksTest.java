package vn.tochuc.task.urging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.tochuc.task.urging.UrgingFixture.MY_TASKS;
import static vn.tochuc.task.urging.UrgingFixture.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.Tokens;

/** "My tasks": what the caller's units must finish soon, are late with, and must accept. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class MyTasksTest {

    private static final LocalDate ASSIGNED_ON = LocalDate.of(2025, 4, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 12);

    @Inject
    UrgingFixture fixture;

    private UrgingFixture.Tree tree;
    private String districtOfficer;

    @BeforeEach
    void setUp() {
        tree = fixture.tree("Huyện ủy Bình Xuyên", "Đảng ủy thị trấn Hương Canh", "Huyện ủy Tam Đảo");
        districtOfficer = Tokens.unitOfficer("to-chuc@binhxuyen", tree.district());
    }

    @AfterEach
    void tearDown() {
        fixture.backToNow();
    }

    private List<String> ids(String token, String query) {
        return as(token).get(MY_TASKS + "?" + query).then().statusCode(200).extract().path("items.id");
    }

    @Test
    void shouldListOpenTasksLedByMyUnitsDueWithinAWeek() {
        String inThreeDays = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, TODAY.plusDays(3));
        String today = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, TODAY);
        String ledByCommune = fixture.assigned(tree.district(), tree.commune(), ASSIGNED_ON, TODAY.plusDays(7));
        String inTenDays = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, TODAY.plusDays(10));
        String theirs = fixture.assigned(tree.province(), tree.otherDistrict(), ASSIGNED_ON, TODAY.plusDays(2));
        String done = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, TODAY.plusDays(1));
        UrgingFixture.step(done, "SUBMIT", null).then().statusCode(200);
        UrgingFixture.step(done, "ACCEPT", null).then().statusCode(200);
        fixture.on(TODAY);

        assertThat(ids(districtOfficer, "view=due-soon")).containsExactly(today, inThreeDays, ledByCommune);
        assertThat(ids(districtOfficer, "view=due-soon&days=10")).contains(inTenDays).doesNotContain(theirs, done);
        as(districtOfficer).get(MY_TASKS + "?view=due-soon").then().body("items[1].daysLeft", equalTo(3))
                .body("items[1].noticeCount", equalTo(0));
    }

    @Test
    void shouldListOpenTasksLedByMyUnitsPastTheirDeadlineWithTheirNoticeCount() {
        String late = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, TODAY.minusDays(5));
        String dueToday = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, TODAY);
        String theirs = fixture.assigned(tree.province(), tree.otherDistrict(), ASSIGNED_ON, TODAY.minusDays(5));
        fixture.on(TODAY);
        as(null).body(UrgingFixture.notice(tree.province(), List.of(late))).post(UrgingFixture.NOTICES)
                .then().statusCode(201);

        JsonPath overdue = as(districtOfficer).get(MY_TASKS + "?view=overdue").then().statusCode(200)
                .extract().jsonPath();

        assertThat(overdue.getList("items.id")).containsExactly(late).doesNotContain(dueToday, theirs);
        assertThat(overdue.getInt("items[0].daysOverdue")).isEqualTo(5);
        assertThat(overdue.getInt("items[0].noticeCount")).isEqualTo(1);
    }

    @Test
    void shouldListSubmittedTasksMyUnitsAssignedAsAwaitingMyAcceptance() {
        String submitted = fixture.assigned(tree.district(), tree.commune(), ASSIGNED_ON, TODAY.plusDays(20));
        UrgingFixture.step(submitted, "SUBMIT", null).then().statusCode(200);
        String working = fixture.assigned(tree.district(), tree.commune(), ASSIGNED_ON, TODAY.plusDays(20));
        String mineToOthers = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, TODAY.plusDays(20));
        UrgingFixture.step(mineToOthers, "SUBMIT", null).then().statusCode(200);
        fixture.on(TODAY);

        assertThat(ids(districtOfficer, "view=awaiting-my-acceptance")).containsExactly(submitted)
                .doesNotContain(working, mineToOthers);
    }

    @Test
    void shouldNarrowToOneUnitAndAskAProvinceWideCallerForIt() {
        String districtTask = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, TODAY.plusDays(1));
        String communeTask = fixture.assigned(tree.district(), tree.commune(), ASSIGNED_ON, TODAY.plusDays(2));
        fixture.on(TODAY);

        assertThat(ids(districtOfficer, "view=due-soon&orgUnitId=" + tree.commune())).containsExactly(communeTask);
        assertThat(ids(null, "view=due-soon&orgUnitId=" + tree.district())).containsExactly(districtTask, communeTask);
        as(null).get(MY_TASKS + "?view=due-soon").then().statusCode(400).body("errors[0].field", equalTo("orgUnitId"));
    }

    @Test
    void shouldAnswerAnotherBranchsUnitLikeAnUnknownOne() {
        as(districtOfficer).get(MY_TASKS + "?view=overdue&orgUnitId=" + tree.otherDistrict()).then().statusCode(404);
        as(districtOfficer).get(MY_TASKS + "?view=overdue&orgUnitId=" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldPageThroughALongList() {
        String first = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, TODAY.plusDays(1));
        String second = fixture.assigned(tree.province(), tree.district(), ASSIGNED_ON, TODAY.plusDays(2));
        fixture.on(TODAY);

        JsonPath page1 = as(districtOfficer).get(MY_TASKS + "?view=due-soon&limit=1").then().statusCode(200)
                .extract().jsonPath();
        List<String> page2 = as(districtOfficer).queryParam("pageToken", page1.getString("nextPageToken"))
                .get(MY_TASKS + "?view=due-soon&limit=1").then().statusCode(200).extract().path("items.id");

        assertThat(page1.getList("items.id")).containsExactly(first);
        assertThat(page2).containsExactly(second);
    }

    @Test
    void shouldRefuseAMissingOrUnknownViewAndBadNumbers() {
        as(districtOfficer).get(MY_TASKS).then().statusCode(400).body("errors[0].field", equalTo("view"));
        as(districtOfficer).get(MY_TASKS + "?view=late").then().statusCode(400)
                .body("errors[0].field", equalTo("view"));
        as(districtOfficer).get(MY_TASKS + "?view=due-soon&days=-1").then().statusCode(400)
                .body("errors[0].field", equalTo("days"));
        as(districtOfficer).get(MY_TASKS + "?view=due-soon&days=bảy").then().statusCode(400);
        as(districtOfficer).get(MY_TASKS + "?view=due-soon&orgUnitId=123").then().statusCode(400)
                .body("errors[0].field", equalTo("orgUnitId"));
        as(districtOfficer).get(MY_TASKS + "?view=due-soon&pageToken=xyz").then().statusCode(400);
    }
}
