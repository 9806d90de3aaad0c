package vn.tochuc.task.urging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.tochuc.task.urging.UrgingFixture.NOTICES;
import static vn.tochuc.task.urging.UrgingFixture.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.Tokens;

/** A notice the rules refuse is a 4xx problem and writes nothing: no notice, no number taken, no count. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class UrgingNoticeBadInputTest {

    private static final LocalDate ASSIGNED_ON = LocalDate.of(2025, 1, 6);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 2, 28);
    private static final LocalDate LATE = LocalDate.of(2025, 3, 5);

    @Inject
    UrgingFixture fixture;

    private UUID district;
    private UUID commune;
    private UUID otherDistrict;
    private String officer;
    private String task;

    @BeforeEach
    void setUp() {
        UrgingFixture.Tree tree = fixture.tree("Huyện ủy Vĩnh Tường", "Đảng ủy xã Tân Tiến", "Huyện ủy Yên Lạc");
        district = tree.district();
        commune = tree.commune();
        otherDistrict = tree.otherDistrict();
        officer = Tokens.unitOfficer("to-chuc@vinhtuong", district);
        task = fixture.assigned(district, commune, ASSIGNED_ON, DEADLINE);
        fixture.on(LATE);
    }

    @AfterEach
    void tearDown() {
        fixture.backToNow();
    }

    private ValidatableResponse post(String token, Object body) {
        return as(token).body(body).post(NOTICES).then().contentType(containsString("problem+json"));
    }

    private Map<String, Object> notice(List<String> tasks) {
        return UrgingFixture.notice(district, tasks);
    }

    /** Nothing was written: no notice of the district, and the next notice still gets number 1. */
    private void assertNothingWritten() {
        assertThat(as(officer).get(NOTICES + "?issuingUnitId=" + district).then().statusCode(200)
                .extract().<List<Object>>path("items")).isEmpty();
        as(officer).body(notice(List.of(task))).post(NOTICES).then().statusCode(201)
                .body("number", equalTo(1)).body("tasks[0].noticeCount", equalTo(1));
    }

    @Test
    void shouldRefuseMalformedJson() {
        as(officer).body("{\"issuingUnitId\": ").post(NOTICES).then().statusCode(400)
                .contentType(containsString("problem+json"));
        assertNothingWritten();
    }

    @Test
    void shouldRefuseWrongTypes() {
        Map<String, Object> body = new HashMap<>(notice(List.of(task)));
        body.put("taskIds", "all-late-tasks");
        post(officer, body).statusCode(400);
        body = new HashMap<>(notice(List.of("not-a-uuid")));
        post(officer, body).statusCode(400);
        body = new HashMap<>(notice(List.of(task)));
        body.put("responseDeadline", "15/03/2025");
        post(officer, body).statusCode(400);
        assertNothingWritten();
    }

    @Test
    void shouldRefuseMissingFieldsNamingEach() {
        post(officer, Map.of()).statusCode(400)
                .body("errors.field", hasItem(containsString("issuingUnitId")))
                .body("errors.field", hasItem(containsString("taskIds")))
                .body("errors.field", hasItem(containsString("text")));
        as(officer).post(NOTICES).then().statusCode(400);
        assertNothingWritten();
    }

    @Test
    void shouldRefuseAnEmptyOrBlankNotice() {
        post(officer, notice(List.of())).statusCode(400).body("errors.field", hasItem(containsString("taskIds")));
        Map<String, Object> blank = new HashMap<>(notice(List.of(task)));
        blank.put("text", "   ");
        post(officer, blank).statusCode(400).body("errors.field", hasItem(containsString("text")));
        assertNothingWritten();
    }

    @Test
    void shouldRefuseMoreThanFiveHundredTasks() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(UUID.randomUUID().toString());
        }
        post(officer, notice(many)).statusCode(400).body("errors.message", hasItem(containsString("at most 500")));
        assertNothingWritten();
    }

    @Test
    void shouldRefuseATaskNamedTwice() {
        post(officer, notice(List.of(task, task))).statusCode(400)
                .body("errors.message", hasItem(containsString("more than once")));
        assertNothingWritten();
    }

    @Test
    void shouldRefuseATaskNotAssignedByTheIssuingUnit() {
        String theirs = fixture.assigned(otherDistrict, otherDistrict, ASSIGNED_ON, DEADLINE);
        fixture.on(LATE);
        post(null, notice(List.of(task, theirs))).statusCode(422).body("errors[0].field", equalTo("taskIds[1]"))
                .body("errors[0].message", containsString("not by Huyện ủy Vĩnh Tường"));
        assertNothingWritten();
    }

    @Test
    void shouldAnswerAnOutOfScopeTaskLikeAMissingOne() {
        String theirs = fixture.assigned(otherDistrict, otherDistrict, ASSIGNED_ON, DEADLINE);
        fixture.on(LATE);
        String missing = UUID.randomUUID().toString();
        String outOfScope = post(officer, notice(List.of(theirs))).statusCode(422)
                .extract().path("errors[0].message");
        String unknown = post(officer, notice(List.of(missing))).statusCode(422).extract().path("errors[0].message");

        assertThat(outOfScope.replace(theirs, "ID")).isEqualTo(unknown.replace(missing, "ID"));
        assertNothingWritten();
    }

    @Test
    void shouldRefuseAnIssuingUnitOutsideTheCallersScope() {
        post(officer, UrgingFixture.notice(otherDistrict, List.of(task))).statusCode(422)
                .body("detail", containsString("(issuingUnitId)"));
        post(officer, UrgingFixture.notice(UUID.randomUUID(), List.of(task))).statusCode(422);
        assertNothingWritten();
    }

    @Test
    void shouldRefuseATaskThatIsNotLate() {
        String later = fixture.assigned(district, commune, ASSIGNED_ON, LATE.plusDays(8));
        fixture.on(LATE);
        post(officer, notice(List.of(later))).statusCode(422)
                .body("errors[0].message", containsString("overdue or due by " + LATE.plusDays(7)));
        assertNothingWritten();
    }

    @Test
    void shouldRefuseASubmittedOrClosedTask() {
        String submitted = fixture.assigned(district, commune, ASSIGNED_ON, DEADLINE);
        UrgingFixture.step(submitted, "SUBMIT", null).then().statusCode(200);
        String cancelled = fixture.assigned(district, commune, ASSIGNED_ON, DEADLINE);
        UrgingFixture.step(cancelled, "CANCEL", "Không còn phù hợp").then().statusCode(200);
        fixture.on(LATE);
        post(officer, notice(List.of(submitted, cancelled))).statusCode(422)
                .body("errors.message", hasItem(containsString("SUBMITTED")))
                .body("errors.message", hasItem(containsString("CANCELLED")));
        assertNothingWritten();
    }

    @Test
    void shouldRefuseAResponseDeadlineAlreadyPast() {
        Map<String, Object> body = new HashMap<>(notice(List.of(task)));
        body.put("responseDeadline", LATE.minusDays(1).toString());
        post(officer, body).statusCode(422).body("errors[0].field", equalTo("responseDeadline"));
        assertNothingWritten();
    }

    @Test
    void shouldLetOnlyWritingRolesIssueNotices() {
        String viewer = Tokens.scoped("xem@vinhtuong", List.of(district), "viewer");
        post(viewer, notice(List.of(task))).statusCode(403);
        as(null).header("Authorization", "Bearer not-a-token").body(notice(List.of(task))).post(NOTICES)
                .then().statusCode(401);
        assertNothingWritten();
    }

    @Test
    void shouldRefuseBadListParameters() {
        as(officer).get(NOTICES + "?year=hai-nghin").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        as(officer).get(NOTICES + "?taskId=42").then().statusCode(400).body("errors[0].field", equalTo("taskId"));
        as(officer).get(NOTICES + "?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        as(officer).get(NOTICES + "?pageToken=garbage").then().statusCode(400)
                .body("errors[0].field", equalTo("pageToken"));
        as(officer).get(NOTICES + "/escalations?addressedUnitId=x").then().statusCode(400);
        as(officer).get(NOTICES + "/not-an-id").then().statusCode(404);
        as(officer).get(NOTICES + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
