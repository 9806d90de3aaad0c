package vn.tochuc.task.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.Tokens;

/** A province-wide role records reports sent in the past (the demo's 2025), which count from the day they were sent. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class ReportPastSubmissionTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void shouldCountAReportRecordedAsSentBeforeItsDueDateAsOnTime() {
        Reports tree = Reports.tree("Hưng Yên");
        Map<UUID, String> due = Reports.obligations(Reports.defined(tree.quarterlyOfDistricts()), "2025-Q1");

        submitOn(given(), due.get(tree.district1), "2025-04-10").then().statusCode(200)
                .body("timeliness", equalTo("SUBMITTED_ON_TIME"));
        submitOn(given(), due.get(tree.district2), "2025-04-16").then().statusCode(200)
                .body("timeliness", equalTo("SUBMITTED_LATE"));

        given().queryParam("orgUnitId", tree.province).queryParam("period", "2025-Q1")
                .get("/api/v1/report-compliance").then().statusCode(200)
                .body("total.submittedOnTime", equalTo(1)).body("total.submittedLate", equalTo(1));
    }

    @Test
    void shouldRefuseAPastDayFromTheReportingUnitsOfficer() {
        Reports tree = Reports.tree("Hải Dương");
        Map<UUID, String> due = Reports.obligations(Reports.defined(tree.quarterlyOfDistricts()), "2025-Q1");
        String officer = Tokens.unitOfficer("to-chuc@huyen-a", tree.district1);

        submitOn(given().header("Authorization", officer), due.get(tree.district1), "2025-04-10").then()
                .statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/report-obligations/" + due.get(tree.district1)).then().body("status", equalTo("DUE"));
    }

    @Test
    void shouldRefuseADayAfterTodayOrBeforeThePeriodStarts() {
        Reports tree = Reports.tree("Quảng Ninh");
        Map<UUID, String> due = Reports.obligations(Reports.defined(tree.quarterlyOfDistricts()), "2025-Q1");

        submitOn(given(), due.get(tree.district1), TODAY.plusDays(1).toString()).then().statusCode(400)
                .body("errors[0].field", equalTo("submittedOn"));
        submitOn(given(), due.get(tree.district1), "2024-12-31").then().statusCode(400)
                .body("errors[0].field", equalTo("submittedOn"));
        given().get("/api/v1/report-obligations/" + due.get(tree.district1)).then().body("status", equalTo("DUE"));
    }

    private static Response submitOn(RequestSpecification as, String id, String day) {
        return as.header("If-Match", Reports.obligationTag(id)).contentType(ContentType.JSON)
                .body(Map.of("summary", "Báo cáo quý I", "submittedOn", day))
                .post("/api/v1/report-obligations/" + id + "/submissions");
    }
}
