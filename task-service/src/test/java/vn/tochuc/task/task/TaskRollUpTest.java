package vn.tochuc.task.task;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;

/** A parent's progress from its children (by weight or plain average), and grades per period. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskRollUpTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static String root(UUID province, String method) {
        Map<String, Object> body = Tasks.task(province, TODAY.plusMonths(6));
        body.put("rollUpMethod", method);
        String id = as(null).body(body).post(PATH).then().statusCode(201).extract().path("id");
        Tasks.step(null, id, "ASSIGN", null).then().statusCode(200);
        return id;
    }

    private static void give(String root, UUID unit, int weight) {
        as(null).header("If-Match", Tasks.etag(Tasks.version(null, root)))
                .body(Map.of("unitIds", List.of(unit.toString()), "weight", weight))
                .post(PATH + "/" + root + "/assignments").then().statusCode(201);
    }

    private static float rolledUp(String id) {
        return as(null).get(PATH + "/" + id).then().statusCode(200).extract().path("rolledUpProgress");
    }

    @Test
    void shouldRollUpTheChildrensProgressByWeight() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Hải Dương", "PROVINCIAL_PARTY_COMMITTEE");
        UUID big = OrgUnits.unit(province, "Thành ủy Hải Dương", "DISTRICT_PARTY_COMMITTEE");
        UUID small = OrgUnits.unit(province, "Huyện ủy Thanh Hà", "DISTRICT_PARTY_COMMITTEE");
        String root = root(province, "WEIGHTED");
        give(root, big, 3);
        give(root, small, 1);

        Tasks.report(null, Tasks.childOf(root, big), 80, "80%").then().statusCode(201);
        Tasks.report(null, Tasks.childOf(root, small), 40, "40%").then().statusCode(201);

        assertThat(rolledUp(root)).isEqualTo(70.0f);
    }

    @Test
    void shouldRollUpByPlainAverageAndLeaveCancelledChildrenOut() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Hưng Yên", "PROVINCIAL_PARTY_COMMITTEE");
        UUID a = OrgUnits.unit(province, "Huyện ủy Văn Lâm", "DISTRICT_PARTY_COMMITTEE");
        UUID b = OrgUnits.unit(province, "Huyện ủy Văn Giang", "DISTRICT_PARTY_COMMITTEE");
        UUID c = OrgUnits.unit(province, "Huyện ủy Yên Mỹ", "DISTRICT_PARTY_COMMITTEE");
        String root = root(province, "AVERAGE");
        give(root, a, 5);
        give(root, b, 1);
        give(root, c, 1);
        Tasks.report(null, Tasks.childOf(root, a), 90, "90%").then().statusCode(201);
        Tasks.report(null, Tasks.childOf(root, b), 30, "30%").then().statusCode(201);

        assertThat(rolledUp(root)).isEqualTo(40.0f);
        Tasks.step(null, Tasks.childOf(root, c), "CANCEL", "Đơn vị đã sáp nhập").then().statusCode(200);
        assertThat(rolledUp(root)).isEqualTo(60.0f);
    }

    @Test
    void shouldCarryAGrandchildsProgressUpToTheRoot() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Nam Định", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Huyện ủy Ý Yên", "DISTRICT_PARTY_COMMITTEE");
        UUID commune = OrgUnits.unit(district, "Đảng ủy xã Yên Thọ");
        String root = root(province, "WEIGHTED");
        give(root, district, 1);
        String child = Tasks.childOf(root, district);
        Tasks.assignTo(null, child, List.of(commune), null).then().statusCode(201);

        Tasks.report(null, Tasks.childOf(child, commune), 50, "50%").then().statusCode(201);

        assertThat(rolledUp(child)).isEqualTo(50.0f);
        assertThat(rolledUp(root)).isEqualTo(50.0f);
    }

    @Test
    void shouldGradeATaskOncePerPeriodAtTheVersionRead() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Ninh Bình", "PROVINCIAL_PARTY_COMMITTEE");
        String root = root(province, "WEIGHTED");
        long version = Tasks.version(null, root);

        grade(root, version, "2024-H1", "BASICALLY_COMPLETED").then().statusCode(201)
                .body("grade", equalTo("BASICALLY_COMPLETED")).body("period", equalTo("2024-H1"))
                .header("ETag", equalTo(Tasks.etag(version + 1)));
        grade(root, version, "2024", "MET").then().statusCode(412);
        grade(root, version + 1, "2024-H1", "MET").then().statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/already-graded"));
        grade(root, version + 1, "2024-H3", "MET").then().statusCode(400)
                .body("errors.field", hasItem("period"));
        as(null).get(PATH + "/" + root + "/outcomes").then().body("period", contains("2024-H1"));
    }

    private static Response grade(String id, long version, String period, String grade) {
        Map<String, Object> body = new HashMap<>(Map.of("period", period, "grade", grade));
        return as(null).header("If-Match", Tasks.etag(version)).body(body).post(PATH + "/" + id + "/outcomes");
    }
}
