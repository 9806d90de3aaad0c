package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policy cases through their workflow: each step needs the current version, is kept and audited. */
@QuarkusTest
class PolicyCaseTest {

    @Test
    void shouldTakeAnEarlyRetirementFromProposalThroughApprovalToDoneKeepingEveryStep() {
        String person = Members.person("Đặng", "Thị", "Ngọc");
        String id = PolicyCases.propose(PolicyCases.request(person, "EARLY_RETIREMENT")).statusCode(201)
                .header("ETag", "\"0\"").header("Location", containsString(PolicyCases.PATH + "/"))
                .body("status", equalTo("PROPOSED")).body("personName", equalTo("Đặng Thị Ngọc"))
                .body("legalBasis", equalTo("Điểm a khoản 1 Điều 2 Nghị định 178/2024/NĐ-CP"))
                .body("history", hasSize(1)).extract().path("id");

        PolicyCases.step(id, 0, PolicyCases.approval("2026-04-01")).statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("APPROVED")).body("decision.number", equalTo("88-QĐ/TU"));
        PolicyCases.step(id, 1, PolicyCases.to("DONE", "2026-07-01")).statusCode(200)
                .body("status", equalTo("DONE")).body("statusOn", equalTo("2026-07-01"))
                .body("history.to", equalTo(List.of("PROPOSED", "APPROVED", "DONE")))
                .body("history.from", equalTo(java.util.Arrays.asList(null, "PROPOSED", "APPROVED")))
                .body("history[1].decision.issuer", equalTo("Ban Thường vụ Tỉnh ủy"))
                .body("history[2].actor", equalTo("ban-to-chuc"));

        given().header("If-None-Match", "\"2\"").when().get(PolicyCases.PATH + "/" + id).then().statusCode(304);
        given().when().get(PolicyCases.PATH + "/" + id).then().statusCode(200).header("ETag", "\"2\"");
        given().when().get(Persons.PATH + "/" + person + "/audit").then().statusCode(200)
                .body("findAll { it.action.startsWith('POLICY_') }.action",
                        containsInAnyOrder("POLICY_PROPOSED", "POLICY_APPROVED", "POLICY_DONE"));
    }

    @Test
    void shouldRejectOrWithdrawACaseAndThenAllowANewProposal() {
        String person = Members.person("Bùi", "Văn", "Lợi");
        String first = PolicyCases.proposed(PolicyCases.request(person, "STAFF_REDUCTION"));
        PolicyCases.propose(PolicyCases.request(person, "STAFF_REDUCTION")).statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/policy-case-open"));
        PolicyCases.proposed(PolicyCases.request(person, "EARLY_RETIREMENT"));
        PolicyCases.step(first, 0, PolicyCases.to("REJECTED", "2026-03-15")).statusCode(200)
                .body("status", equalTo("REJECTED"));
        String second = PolicyCases.proposed(PolicyCases.request(person, "STAFF_REDUCTION"));
        PolicyCases.step(second, 0, PolicyCases.approval("2026-04-01")).statusCode(200);
        PolicyCases.step(second, 1, PolicyCases.to("WITHDRAWN", "2026-05-01")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void shouldRefuseAStepTheWorkflowDoesNotAllowOrWithAStaleVersion() {
        String person = Members.person("Tạ", "Quang", "Bửu");
        String id = PolicyCases.proposed(PolicyCases.request(person, "STAFF_REDUCTION"));
        given().contentType("application/json").body(PolicyCases.to("REJECTED", "2026-03-15")).when()
                .post(PolicyCases.PATH + "/" + id + "/steps").then().statusCode(428);
        PolicyCases.step(id, 3, PolicyCases.to("REJECTED", "2026-03-15")).statusCode(412)
                .body("type", equalTo("https://tochuc.vn/problems/stale-version"));
        PolicyCases.step(id, 0, PolicyCases.to("DONE", "2026-07-01")).statusCode(409)
                .body("type", equalTo("https://tochuc.vn/problems/invalid-transition"))
                .body("detail", containsString("PROPOSED"));
        PolicyCases.step(id, 0, PolicyCases.to("PROPOSED", "2026-03-15")).statusCode(409);
        PolicyCases.step(id, 0, PolicyCases.to("WITHDRAWN", "2026-03-15")).statusCode(200);
        PolicyCases.step(id, 1, PolicyCases.approval("2026-04-01")).statusCode(409)
                .body("detail", containsString("final"));
        given().when().get(PolicyCases.PATH + "/" + id).then().body("history", hasSize(2));
    }

    @Test
    void shouldListAPersonsCasesAndCasesInAStatusPageByPage() {
        String person = Members.person("Mai", "Xuân", "Thưởng");
        String reduction = PolicyCases.proposed(PolicyCases.request(person, "STAFF_REDUCTION"));
        String retirement = PolicyCases.proposed(PolicyCases.request(person, "EARLY_RETIREMENT"));
        String token = given().queryParam("personId", person).queryParam("limit", 1).when().get(PolicyCases.PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(reduction)))
                .body("nextPageToken", notNullValue()).extract().path("nextPageToken");
        given().queryParam("personId", person).queryParam("limit", 1).queryParam("pageToken", token).when()
                .get(PolicyCases.PATH).then().statusCode(200).body("items.id", equalTo(List.of(retirement)))
                .body("nextPageToken", nullValue());
        PolicyCases.step(retirement, 0, PolicyCases.approval("2026-04-01")).statusCode(200);
        given().queryParam("personId", person).queryParam("status", "APPROVED").when().get(PolicyCases.PATH).then()
                .statusCode(200).body("items.id", equalTo(List.of(retirement)));
    }
}
