package vn.tochuc.task.task;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.tochuc.task.task.Tasks.PATH;
import static vn.tochuc.task.task.Tasks.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;

/** Deadlines move only through an extension the assigning level approves, and every deadline stays on record. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskExtensionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private UUID district;
    private String officer;

    private String districtTask(String name) {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy " + name, "PROVINCIAL_PARTY_COMMITTEE");
        district = OrgUnits.unit(province, "Huyện ủy " + name, "DISTRICT_PARTY_COMMITTEE");
        officer = Tokens.unitOfficer("to-chuc@" + name, district);
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(6));
        Tasks.assignTo(null, root, List.of(district), TODAY.plusMonths(1)).then().statusCode(201);
        return Tasks.childOf(root, district);
    }

    private static Response ask(String token, String task, LocalDate deadline) {
        return as(token).header("If-Match", Tasks.etag(Tasks.version(token, task)))
                .body(Map.of("newDeadline", deadline.toString(), "reason", "Chờ sắp xếp đơn vị hành chính"))
                .post(PATH + "/" + task + "/extensions");
    }

    private static Response decide(String token, String task, String extension, String decision) {
        return as(token).header("If-Match", Tasks.etag(Tasks.version(token, task)))
                .body(Map.of("decision", decision)).post(PATH + "/" + task + "/extensions/" + extension + "/decision");
    }

    @Test
    void shouldMoveTheDeadlineWhenTheAssigningLevelApprovesAndKeepTheOldOne() {
        String task = districtTask("Yên Lạc");
        String extension = ask(officer, task, TODAY.plusMonths(2)).then().statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().path("id");
        as(null).get(PATH + "/" + task).then().body("deadline", equalTo(TODAY.plusMonths(1).toString()));

        decide(officer, task, extension, "APPROVE").then().statusCode(403);
        decide(null, task, extension, "APPROVE").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("decidedOn", equalTo(TODAY.toString()));

        as(null).get(PATH + "/" + task).then().body("deadline", equalTo(TODAY.plusMonths(2).toString()));
        as(officer).get(PATH + "/" + task + "/deadlines").then().statusCode(200)
                .body("deadline", contains(TODAY.plusMonths(1).toString(), TODAY.plusMonths(2).toString()))
                .body("[1].extensionId", equalTo(extension));
        decide(null, task, extension, "REFUSE").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/extension-decided"));
    }

    @Test
    void shouldKeepTheDeadlineWhenTheExtensionIsRefused() {
        String task = districtTask("Vĩnh Tường");
        String extension = ask(officer, task, TODAY.plusMonths(2)).then().statusCode(201).extract().path("id");

        decide(null, task, extension, "REFUSE").then().statusCode(200).body("status", equalTo("REFUSED"));

        as(null).get(PATH + "/" + task).then().body("deadline", equalTo(TODAY.plusMonths(1).toString()));
        as(null).get(PATH + "/" + task + "/deadlines").then().body("deadline",
                contains(TODAY.plusMonths(1).toString()));
    }

    @Test
    void shouldRefuseAnExtensionNotLaterThanTheCurrentDeadline() {
        String task = districtTask("Lập Thạch");
        ask(officer, task, TODAY.plusMonths(1)).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/extension-not-later"))
                .body("errors.field", hasItem("newDeadline"));
        ask(officer, task, TODAY).then().statusCode(422);
        as(null).get(PATH + "/" + task + "/extensions").then().body("size()", equalTo(0));
    }

    @Test
    void shouldRefuseAnExtensionPastTheDeadlineOfTheTaskItWasGivenFrom() {
        String task = districtTask("Sông Lô");
        ask(officer, task, TODAY.plusMonths(7)).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/deadline-after-parent"));
    }

    @Test
    void shouldAcceptOneWaitingRequestAtATime() {
        String task = districtTask("Tam Đảo");
        ask(officer, task, TODAY.plusMonths(2)).then().statusCode(201);
        ask(officer, task, TODAY.plusMonths(3)).then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/extension-pending"));
    }
}
