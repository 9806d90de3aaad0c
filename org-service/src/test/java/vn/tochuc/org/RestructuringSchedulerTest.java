package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.org.service.RestructuringCaseService;
import vn.tochuc.org.service.RestructuringCaseService.DueCase;
import vn.tochuc.platform.event.OutboxEvent;

/**
 * The scheduler as every replica runs it: a case approved for tomorrow is applied "tomorrow" by whichever replica
 * claims it first, exactly once, and not at all when it was cancelled after being listed.
 */
@QuarkusTest
class RestructuringSchedulerTest {

    private static final LocalDate TOMORROW = LocalDate.now().plusDays(1);

    @Inject
    RestructuringCaseService cases;

    @Test
    void shouldApplyACaseOnceWhenTwoReplicasApplyItAtTheSameTime() throws Exception {
        String unit = Cases.unit("Đảng bộ xã Đạo Trù", "GRASSROOTS_PARTY_COMMITTEE", null);
        String caseId = approvedForTomorrow(unit, "Đảng bộ xã Đạo Trù mới");
        DueCase due = listedDue(caseId);

        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Boolean> replica = () -> {
            together.await(10, TimeUnit.SECONDS);
            return cases.applyIfStillDue(due, TOMORROW);
        };
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> applied = replicas.invokeAll(List.of(replica, replica), 60, TimeUnit.SECONDS);
            assertThat(List.of(applied.get(0).get(), applied.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            replicas.shutdownNow();
        }

        given().when().get("/api/v1/restructuring-cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("failureReason", equalTo(null));
        assertThat(renamedEvents(unit)).isEqualTo(1);
        assertThat(Cases.nameOn(unit, TOMORROW.toString())).isEqualTo("Đảng bộ xã Đạo Trù mới");
    }

    @Test
    void shouldNotApplyACaseCancelledAfterItWasListed() {
        String unit = Cases.unit("Đảng bộ xã Minh Quang", "GRASSROOTS_PARTY_COMMITTEE", null);
        String caseId = approvedForTomorrow(unit, "Đảng bộ xã Minh Quang mới");
        DueCase due = listedDue(caseId);

        String etag = given().when().get("/api/v1/restructuring-cases/" + caseId).then().extract().header("ETag");
        given().header("If-Match", etag).when().post("/api/v1/restructuring-cases/" + caseId + "/cancel")
                .then().statusCode(200);

        assertThat(cases.applyIfStillDue(due, TOMORROW)).isFalse();
        given().when().get("/api/v1/restructuring-cases/" + caseId).then().body("status", equalTo("CANCELLED"));
        assertThat(renamedEvents(unit)).isZero();
        assertThat(Cases.nameOn(unit, TOMORROW.toString())).isEqualTo("Đảng bộ xã Minh Quang");
    }

    @Test
    void shouldRefuseToCancelACaseTheSchedulerHasApplied() {
        String unit = Cases.unit("Đảng bộ xã Tam Quan", "GRASSROOTS_PARTY_COMMITTEE", null);
        String caseId = approvedForTomorrow(unit, "Đảng bộ xã Tam Quan mới");
        String etag = given().when().get("/api/v1/restructuring-cases/" + caseId).then().extract().header("ETag");

        assertThat(cases.applyIfStillDue(listedDue(caseId), TOMORROW)).isTrue();

        given().header("If-Match", etag).when().post("/api/v1/restructuring-cases/" + caseId + "/cancel")
                .then().statusCode(412);
        given().header("If-Match", given().when().get("/api/v1/restructuring-cases/" + caseId).then()
                .extract().header("ETag")).when().post("/api/v1/restructuring-cases/" + caseId + "/cancel")
                .then().statusCode(409);
        assertThat(renamedEvents(unit)).isEqualTo(1);
    }

    /** Approved today for tomorrow, so only a run "tomorrow" (this test's) applies it, not the service's own. */
    private static String approvedForTomorrow(String unit, String newName) {
        String caseId = Cases.draftId(Cases.caseOf("RENAME", "unitId", unit, "newName", newName,
                "effectiveDate", TOMORROW.toString()));
        Cases.approve(caseId).statusCode(200).body("status", equalTo("APPROVED"));
        return caseId;
    }

    private DueCase listedDue(String caseId) {
        return cases.dueOn(TOMORROW).stream().filter(c -> c.id().toString().equals(caseId)).findFirst()
                .orElseThrow(() -> new AssertionError("case " + caseId + " is not listed as due tomorrow"));
    }

    private static long renamedEvents(String unit) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey = ?1 and eventType = ?2",
                unit, OrgUnitEvents.RENAMED_V1));
    }
}
