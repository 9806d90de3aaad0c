package vn.tochuc.task.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;
import vn.tochuc.task.audit.AuditTrail;

/** The mobile sync feed of report obligations. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class ObligationChangesTest {

    private static final String FIRST_SYNC = "1970-01-01T00:00:00Z";

    @Inject
    ReportObligationService obligations;

    @Test
    void shouldGiveADistrictOfficerItsObligationsAndATombstoneForOneCancelled() {
        Reports tree = Reports.tree("Đồng Tháp");
        Map<UUID, String> due = Reports.obligations(Reports.defined(tree.quarterlyOf(tree.district1,
                tree.commune1, tree.district2)), "2025-Q1");
        String district = Tokens.unitOfficer("district1@test", tree.district1);
        Reports.submit(given().header("Authorization", district), due.get(tree.district1), "Báo cáo").then()
                .statusCode(200);
        Reports.review(given(), due.get(tree.commune1), "cancel", "Phát sinh nhầm").then().statusCode(200);

        List<Map<String, Object>> feed = feed(district, FIRST_SYNC, 2);
        List<String> entries = feed.stream().map(c -> c.get("id") + " " + c.get("change")).toList();
        assertThat(entries.subList(0, 2)).as("made together").containsExactlyInAnyOrder(
                due.get(tree.district1) + " UPSERT", due.get(tree.commune1) + " UPSERT");
        assertThat(entries.subList(2, entries.size())).containsExactly(due.get(tree.district1) + " UPSERT",
                due.get(tree.commune1) + " REMOVED");
        assertThat(feed).extracting(c -> c.get("id")).doesNotContain(due.get(tree.district2));
        @SuppressWarnings("unchecked")
        Map<String, Object> latest = (Map<String, Object>) feed.get(2).get("obligation");
        assertThat(latest.get("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void shouldSendATombstoneToTheOfficersOfAUnitWhoseObligationPassedToItsSuccessor() {
        Reports tree = Reports.tree("Hậu Giang");
        UUID successor = OrgUnits.unit(tree.province, "Huyện ủy mới Hậu Giang", "DISTRICT_PARTY_COMMITTEE");
        String id = Reports.obligations(Reports.defined(tree.quarterlyOf(tree.district2)), "2025-Q1")
                .get(tree.district2);
        String old = Tokens.unitOfficer("district2@test", tree.district2);
        String next = Tokens.unitOfficer("successor@test", successor);
        String since = given().header("Authorization", old).queryParam("since", FIRST_SYNC)
                .get("/api/v1/report-obligations/changes").then().statusCode(200).extract().path("items[0].changedAt");

        QuarkusTransaction.requiringNew().run(() -> obligations.passToSuccessor(tree.district2, successor,
                AuditTrail.SYSTEM));

        assertThat(feed(old, since, 50)).extracting(c -> c.get("id") + " " + c.get("change"))
                .containsExactly(id + " REMOVED");
        assertThat(feed(next, FIRST_SYNC, 50)).extracting(c -> c.get("id") + " " + c.get("change"))
                .containsExactly(id + " UPSERT");
        given().header("Authorization", old).get("/api/v1/report-obligations/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseABadSinceOrPageToken() {
        given().get("/api/v1/report-obligations/changes").then().statusCode(400).body("errors.field", hasItem("since"));
        given().queryParam("since", "yesterday").get("/api/v1/report-obligations/changes").then().statusCode(400)
                .body("errors.field", hasItem("since"));
        given().queryParam("since", FIRST_SYNC).queryParam("pageToken", "forged")
                .get("/api/v1/report-obligations/changes").then().statusCode(400);
        given().queryParam("since", FIRST_SYNC).queryParam("limit", "500")
                .get("/api/v1/report-obligations/changes").then().statusCode(400);
    }

    /** Every entry after {@code since}, read page by page. */
    private static List<Map<String, Object>> feed(String token, String since, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String pageToken = null;
        do {
            JsonPath page = given().header("Authorization", token).queryParam("since", since)
                    .queryParam("limit", limit).queryParam("pageToken", pageToken == null ? "" : pageToken)
                    .get("/api/v1/report-obligations/changes").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            pageToken = page.getString("nextPageToken");
        } while (pageToken != null);
        return all;
    }
}
