package vn.tochuc.task.task;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.tochuc.task.task.Tasks.PATH;
import static vn.tochuc.task.task.Tasks.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;

/** A unit officer sees what was assigned to or by its units, acts at its own level, and nothing of another branch. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskAccessTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private UUID province;
    private UUID district;
    private UUID other;
    private UUID commune;
    private String root;
    private String districtTask;
    private String districtOfficer;
    private String otherOfficer;

    @BeforeEach
    void aProvinceTaskGivenToOneDistrictAndOneOfItsCommunes() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        province = OrgUnits.unit(null, "Tỉnh ủy " + suffix, "PROVINCIAL_PARTY_COMMITTEE");
        district = OrgUnits.unit(province, "Huyện ủy Bình Xuyên " + suffix, "DISTRICT_PARTY_COMMITTEE");
        other = OrgUnits.unit(province, "Huyện ủy Tam Đảo " + suffix, "DISTRICT_PARTY_COMMITTEE");
        commune = OrgUnits.unit(district, "Đảng ủy xã Hương Sơn " + suffix);
        root = Tasks.assignedRoot(province, TODAY.plusMonths(6));
        Tasks.assignTo(null, root, List.of(district), null).then().statusCode(201);
        districtTask = Tasks.childOf(root, district);
        districtOfficer = Tokens.unitOfficer("to-chuc@binhxuyen", district);
        otherOfficer = Tokens.unitOfficer("to-chuc@tamdao", other);
    }

    @Test
    void shouldHideATaskOfAnotherBranchAsIfItWereMissing() {
        as(otherOfficer).get(PATH + "/" + districtTask).then().statusCode(404)
                .contentType("application/problem+json");
        as(otherOfficer).get(PATH + "/" + districtTask + "/progress-reports").then().statusCode(404);
        Tasks.as(otherOfficer).header("If-Match", "\"0\"").body(Map.of("percent", 10, "text", "x"))
                .post(PATH + "/" + districtTask + "/progress-reports").then().statusCode(404);
        as(otherOfficer).get(PATH + "?unitId=" + district).then().statusCode(200)
                .body("items.id", not(hasItem(districtTask)));
    }

    @Test
    void shouldNotShowADistrictTheProvincesOwnTask() {
        as(districtOfficer).get(PATH + "/" + root).then().statusCode(404);
        as(districtOfficer).get(PATH + "?parentId=" + root).then().statusCode(200)
                .body("items.id", containsInAnyOrder(districtTask));
    }

    @Test
    void shouldShowACooperatingUnitTheTaskButNotLetItReport() {
        Map<String, Object> body = Tasks.task(province, TODAY.plusMonths(3));
        body.put("cooperatingUnitIds", List.of(other.toString()));
        String shared = as(null).body(body).post(PATH).then().statusCode(201).extract().path("id");
        Tasks.step(null, shared, "ASSIGN", null).then().statusCode(200);

        as(otherOfficer).get(PATH + "/" + shared).then().statusCode(200)
                .body("cooperatingUnitIds", containsInAnyOrder(other.toString()));
        Tasks.report(otherOfficer, shared, 10, "Đã phối hợp").then().statusCode(403)
                .body("type", equalTo("https://tochuc.vn/problems/not-lead-unit"));
    }

    @Test
    void shouldLetTheDistrictGiveItsTaskOnlyToUnitsBelowIt() {
        Tasks.assignTo(districtOfficer, districtTask, List.of(other), null).then().statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/unit-outside-subtree"));
        Tasks.assignTo(districtOfficer, districtTask, List.of(province), null).then().statusCode(422);
        Tasks.assignTo(districtOfficer, districtTask, List.of(commune), null).then().statusCode(201);
    }

    @Test
    void shouldLetOnlyTheAssigningLevelAcceptHoldOrCancel() {
        Tasks.step(districtOfficer, districtTask, "SUBMIT", null).then().statusCode(200);
        Tasks.step(districtOfficer, districtTask, "ACCEPT", null).then().statusCode(403);
        Tasks.step(districtOfficer, districtTask, "CANCEL", "Không cần nữa").then().statusCode(403);
        Tasks.step(null, districtTask, "ACCEPT", null).then().statusCode(200);
    }

    @Test
    void shouldLetAViewerReadButNotWrite() {
        String viewer = Tokens.scoped("xem@binhxuyen", List.of(district), "viewer");
        as(viewer).get(PATH + "/" + districtTask).then().statusCode(200);
        as(viewer).header("If-Match", "\"1\"").body(Map.of("step", "START"))
                .post(PATH + "/" + districtTask + "/steps").then().statusCode(403);
    }
}
