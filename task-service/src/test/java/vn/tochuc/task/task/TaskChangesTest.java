package vn.tochuc.task.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static vn.tochuc.task.task.Tasks.PATH;
import static vn.tochuc.task.task.Tasks.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;

/** The mobile sync feed: what changed in my units' tasks since my last sync, and what I must drop. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class TaskChangesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static JsonPath feed(String token, String since, int limit, String pageToken) {
        var request = as(token).queryParam("since", since).queryParam("limit", limit);
        if (pageToken != null) {
            request.queryParam("pageToken", pageToken);
        }
        return request.get(PATH + "/changes").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldFeedTheChangedTasksOfTheCallersUnitsPageByPage() {
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Hà Nam", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Huyện ủy Kim Bảng", "DISTRICT_PARTY_COMMITTEE");
        UUID elsewhere = OrgUnits.unit(province, "Huyện ủy Lý Nhân", "DISTRICT_PARTY_COMMITTEE");
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(3));
        Tasks.assignTo(null, root, List.of(district, elsewhere), null).then().statusCode(201);
        String ours = Tasks.childOf(root, district);
        String officer = Tokens.unitOfficer("to-chuc@kimbang", district);
        Tasks.report(officer, ours, 30, "Đã triển khai").then().statusCode(201);

        JsonPath first = feed(officer, since, 1, null);
        JsonPath second = feed(officer, since, 1, first.getString("nextPageToken"));

        assertThat(first.getList("items.id")).containsExactly(ours);
        assertThat(first.getString("syncToken")).isNull();
        assertThat(second.getList("items.id")).as("assigned, then reported").containsExactly(ours);
        assertThat(second.getString("items[0].task.status")).isEqualTo("IN_PROGRESS");
        assertThat(second.getString("nextPageToken")).isNull();
        assertThat(second.getString("syncToken")).isNotBlank();
    }

    @Test
    void shouldSendATombstoneForACancelledTask() {
        UUID board = OrgUnits.unit(null, "Ban Tổ chức Tỉnh ủy Thái Bình", "ADVISORY_BOARD");
        String officer = Tokens.unitOfficer("to-chuc@thaibinh", board);
        String id = Tasks.assignedRoot(board, TODAY.plusMonths(3));
        JsonPath before = feed(officer, "1970-01-01T00:00:00Z", 200, null);
        assertThat(before.getList("items.change")).containsOnly("UPSERT");
        String sync = before.getString("syncToken");

        Tasks.step(null, id, "CANCEL", "Trùng với nhiệm vụ khác").then().statusCode(200);

        JsonPath after = feed(officer, sync, 200, null);
        assertThat(after.getString("items[-1].id")).isEqualTo(id);
        assertThat(after.getString("items[-1].change")).isEqualTo("REMOVED");
        assertThat(after.getString("items[-1].task")).isNull();
    }

    @Test
    void shouldNotFeedAnotherBranchsTasks() {
        String since = OffsetDateTime.now().minusSeconds(1).toString();
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Quảng Ninh", "PROVINCIAL_PARTY_COMMITTEE");
        UUID district = OrgUnits.unit(province, "Thành ủy Hạ Long", "DISTRICT_PARTY_COMMITTEE");
        UUID other = OrgUnits.unit(province, "Thành ủy Cẩm Phả", "DISTRICT_PARTY_COMMITTEE");
        String root = Tasks.assignedRoot(province, TODAY.plusMonths(3));
        Tasks.assignTo(null, root, List.of(other), null).then().statusCode(201);

        JsonPath feed = feed(Tokens.unitOfficer("to-chuc@halong", district), since, 200, null);

        assertThat(feed.getList("items")).isEmpty();
        assertThat(feed(null, since, 200, null).getList("items.id", String.class)).contains(root);
    }

    @Test
    void shouldRefuseAMissingOrMalformedSince() {
        as(null).get(PATH + "/changes").then().statusCode(400).body("errors.field", hasItem("since"));
        as(null).queryParam("since", "hôm qua").get(PATH + "/changes").then().statusCode(400)
                .body("errors.field", hasItem("since"));
        as(null).queryParam("since", "2026-11-01").get(PATH + "/changes").then().statusCode(400);
        as(null).queryParam("since", "2026-11-01T00:00:00Z").queryParam("pageToken", "bm90LWEtdG9rZW4")
                .get(PATH + "/changes").then().statusCode(400);
    }
}
