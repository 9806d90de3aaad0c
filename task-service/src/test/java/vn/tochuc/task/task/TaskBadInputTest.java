package vn.tochuc.task.task;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.tochuc.task.task.Tasks.PATH;
import static vn.tochuc.task.task.Tasks.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;

/** Bad input is a 4xx problem+json and writes nothing. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskBadInputTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void shouldRefuseMalformedJsonWrongTypesAndMissingFields() {
        UUID unit = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Cao Bằng", "ADVISORY_BOARD");
        as(null).body("{\"title\": ").post(PATH).then().statusCode(400).contentType("application/problem+json");
        as(null).body("[]").post(PATH).then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> body = Tasks.task(unit, TODAY.plusMonths(1));
        body.put("weight", "nặng");
        as(null).body(body).post(PATH).then().statusCode(400).contentType("application/problem+json");
        body.put("weight", 0);
        as(null).body(body).post(PATH).then().statusCode(400).body("errors.field", hasItem("weight"));
        body.remove("weight");
        body.remove("deadline");
        as(null).body(body).post(PATH).then().statusCode(400).body("errors.field", hasItem("deadline"));
        body.put("deadline", "2025-02-30");
        as(null).body(body).post(PATH).then().statusCode(400).contentType("application/problem+json");
        body.put("deadline", TODAY.plusMonths(1).toString());
        body.put("kind", "URGENT");
        as(null).body(body).post(PATH).then().statusCode(400).contentType("application/problem+json");
        body.put("kind", "KEY_TASK");
        body.put("leadUnitId", "not-an-id");
        as(null).body(body).post(PATH).then().statusCode(400).contentType("application/problem+json");

        as(null).get(PATH + "?unitId=" + unit).then().body("items", hasSize(0));
    }

    @Test
    void shouldRefuseHugeAndEmptyStrings() {
        UUID unit = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Bắc Kạn", "ADVISORY_BOARD");
        Map<String, Object> body = Tasks.task(unit, TODAY.plusMonths(1));
        body.put("title", "x".repeat(1001));
        as(null).body(body).post(PATH).then().statusCode(400).body("errors.field", hasItem("title"));
        body.put("title", "   ");
        as(null).body(body).post(PATH).then().statusCode(400).body("errors.field", hasItem("title"));
        body.put("title", "Nhiệm vụ");
        body.put("description", "y".repeat(10_001));
        as(null).body(body).post(PATH).then().statusCode(400).body("errors.field", hasItem("description"));
        as(null).body(Map.of("step", "SUBMIT", "reason", "z".repeat(2001)))
                .header("If-Match", "\"0\"").post(PATH + "/" + UUID.randomUUID() + "/steps").then().statusCode(400);
        as(null).get(PATH + "?unitId=" + unit).then().body("items", hasSize(0));
    }

    @Test
    void shouldRefuseADeadlineBeforeTheAssignmentAndAfterTheParents() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Điện Biên", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Huyện ủy Mường Ảng", "DISTRICT_PARTY_COMMITTEE");
        as(null).body(Tasks.task(province, TODAY.minusDays(1))).post(PATH).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/deadline-before-assignment"));
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(2));

        Tasks.assignTo(null, root, List.of(district), TODAY.minusDays(1)).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/deadline-before-assignment"))
                .body("errors.field", hasItem("deadline"));
        Tasks.assignTo(null, root, List.of(district), TODAY.plusMonths(3)).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/deadline-after-parent"));
        as(null).get(PATH + "/" + root + "/children").then().body("items", hasSize(0));
    }

    @Test
    void shouldRefuseAnAssignmentThatNamesNoUnitsOrBothWays() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Lai Châu", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Huyện ủy Phong Thổ", "DISTRICT_PARTY_COMMITTEE");
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(2));
        Tasks.assignKind(null, root, "DISTRICT_PARTY_COMMITTEE", Map.of("unitIds", List.of(district.toString())))
                .then().statusCode(400).body("errors.field", hasItem("unitIds"));
        Tasks.assignTo(null, root, List.of(), null).then().statusCode(400).body("errors.field", hasItem("unitKind"));
        Tasks.assignKind(null, root, "CHI_BO", Map.of()).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/no-units-of-kind"));
        Tasks.assignTo(null, root, List.of(UUID.randomUUID()), null).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/unit-outside-subtree"));
    }

    @Test
    void shouldRefuseProgressOver100() {
        UUID unit = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Sơn La", "ADVISORY_BOARD");
        String id = Tasks.assignedRoot(unit, TODAY.plusMonths(1));
        Tasks.report(null, id, 100.5, "Vượt").then().statusCode(400).body("errors.field", hasItem("percent"));
        Tasks.report(null, id, -1, "Âm").then().statusCode(400).body("errors.field", hasItem("percent"));
        Tasks.report(null, id, "nhiều", "Chữ").then().statusCode(400).contentType("application/problem+json");
        as(null).get(PATH + "/" + id + "/progress-reports").then().body("items", hasSize(0));
        as(null).get(PATH + "/" + id).then().body("status", equalTo("ASSIGNED"));
    }

    @Test
    void shouldRequireAStrongCurrentIfMatchOnEveryWrite() {
        UUID unit = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Yên Bái", "ADVISORY_BOARD");
        String id = Tasks.assignedRoot(unit, TODAY.plusMonths(1));
        long version = Tasks.version(null, id);
        Map<String, Object> start = Map.of("step", "START");

        as(null).body(start).post(PATH + "/" + id + "/steps").then().statusCode(428)
                .contentType("application/problem+json");
        as(null).header("If-Match", "*").body(start).post(PATH + "/" + id + "/steps").then().statusCode(428);
        // A weak tag never matches a write (docs/decisions.md "HTTP APIs"): stale, as for every other resource.
        as(null).header("If-Match", "W/" + Tasks.etag(version)).body(start).post(PATH + "/" + id + "/steps")
                .then().statusCode(412);
        as(null).header("If-Match", Tasks.etag(version - 1)).body(start).post(PATH + "/" + id + "/steps")
                .then().statusCode(412).body("type", equalTo("https://tochuc.vn/problems/stale-version"));
        as(null).header("If-Match", "\"abc\"").body(start).post(PATH + "/" + id + "/steps").then().statusCode(412);
        as(null).header("If-Match", "*").body(Map.of("percent", 10, "text", "x"))
                .post(PATH + "/" + id + "/progress-reports").then().statusCode(428);
        as(null).get(PATH + "/" + id).then().body("status", equalTo("ASSIGNED")).body("version", equalTo((int) version));
    }

    @Test
    void shouldAnswerBadIdsAndQueryParametersWithAProblem() {
        as(null).get(PATH + "/not-an-id").then().statusCode(404).contentType("application/problem+json");
        as(null).get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
        as(null).get(PATH + "?status=DONE").then().statusCode(400).body("errors.field", hasItem("status"));
        as(null).get(PATH + "?timeliness=LATE").then().statusCode(400).body("errors.field", hasItem("timeliness"));
        as(null).get(PATH + "?deadlineFrom=2025-13-01").then().statusCode(400)
                .body("errors.field", hasItem("deadlineFrom"));
        as(null).get(PATH + "?unitId=123").then().statusCode(400).body("errors.field", hasItem("unitId"));
        as(null).get(PATH + "?pageToken=forged").then().statusCode(400);
        as(null).get(PATH + "?limit=0").then().statusCode(400);
        Map<String, Object> decision = new HashMap<>(Map.of("decision", "APPROVE"));
        as(null).header("If-Match", "\"0\"").body(decision)
                .post(PATH + "/" + UUID.randomUUID() + "/extensions/not-an-id/decision").then().statusCode(400);
    }
}
