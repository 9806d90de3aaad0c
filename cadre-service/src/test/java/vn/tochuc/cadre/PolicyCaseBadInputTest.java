package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.PersonAudit;
import vn.tochuc.cadre.domain.PolicyCase;
import vn.tochuc.cadre.domain.PolicyCaseStep;

/** Refused policy-case requests answer 4xx problem+json and write nothing: no case, no step, no audit row. */
@QuarkusTest
class PolicyCaseBadInputTest {

    private static String person;
    private static String open;

    private long casesBefore;
    private long stepsBefore;
    private long auditBefore;

    @BeforeEach
    void countRows() {
        if (person == null) {
            person = Members.person("Hà", "Thị", "Khiết");
            open = PolicyCases.proposed(PolicyCases.request(person, "STAFF_REDUCTION"));
        }
        casesBefore = PolicyCase.count();
        stepsBefore = PolicyCaseStep.count();
        auditBefore = PersonAudit.count();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(PolicyCase.count()).as("cases written").isEqualTo(casesBefore);
        assertThat(PolicyCaseStep.count()).as("steps written").isEqualTo(stepsBefore);
        assertThat(PersonAudit.count()).as("audit rows written").isEqualTo(auditBefore);
    }

    @Test
    void shouldRefuseAnUnknownPersonOrAnEarlyRetirementThatIsNotEarly() {
        PolicyCases.propose(PolicyCases.request(UUID.randomUUID().toString(), "EARLY_RETIREMENT")).statusCode(422)
                .body("errors.field", hasItem("personId"));
        Map<String, Object> late = PolicyCases.request(person, "EARLY_RETIREMENT");
        late.put("proposedDate", "2060-01-01");
        PolicyCases.propose(late).statusCode(422).body("type", equalTo("https://tochuc.vn/problems/not-early-retirement"))
                .body("detail", containsString("statutory retirement age"));
    }

    @Test
    void shouldRefuseInvertedDatesUnknownKindsOversizedTextAndMalformedJson() {
        Map<String, Object> inverted = PolicyCases.request(person, "EARLY_RETIREMENT");
        inverted.put("proposedDate", "2026-02-01");
        PolicyCases.propose(inverted).statusCode(400).body("errors.field", hasItem("proposedDate"));
        PolicyCases.propose(PolicyCases.request(person, "PROMOTION")).statusCode(400)
                .body("errors.field", hasItem("kind"));
        Map<String, Object> longBasis = PolicyCases.request(person, "EARLY_RETIREMENT");
        longBasis.put("legalBasis", "Đ".repeat(2001));
        PolicyCases.propose(longBasis).statusCode(400).body("errors.field", hasItem("legalBasis"));
        Map<String, Object> noBasis = PolicyCases.request(person, "EARLY_RETIREMENT");
        noBasis.put("legalBasis", "  ");
        PolicyCases.propose(noBasis).statusCode(400).body("errors.field", hasItem("legalBasis"));
        given().contentType(ContentType.JSON).body("{\"personId\": ").when().post(PolicyCases.PATH).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAStepDatedBeforeThePreviousOneOrAnApprovalWithoutItsDecision() {
        PolicyCases.step(open, 0, PolicyCases.to("REJECTED", "2026-02-01")).statusCode(400)
                .body("errors.field", hasItem("on"));
        PolicyCases.step(open, 0, PolicyCases.to("APPROVED", "2026-04-01")).statusCode(400)
                .body("errors.field", hasItem("decision"));
        PolicyCases.step(open, 0, Map.of("status", "CLOSED", "on", "2026-04-01")).statusCode(400)
                .body("errors.field", hasItem("status"));
        PolicyCases.step(open, 0, Map.of("status", "REJECTED", "on", "2026-04-01", "note", "x".repeat(2001)))
                .statusCode(400).body("errors.field", hasItem("note"));
        PolicyCases.step(UUID.randomUUID().toString(), 0, PolicyCases.to("REJECTED", "2026-04-01")).statusCode(404);
    }

    @Test
    void shouldRefuseListsWithoutAFilterOrWithABadStatusOrToken() {
        given().when().get(PolicyCases.PATH).then().statusCode(400).body("errors.field", hasItem("personId"));
        given().queryParam("status", "OPEN").when().get(PolicyCases.PATH).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        given().queryParam("personId", person).queryParam("pageToken", "!!").when().get(PolicyCases.PATH).then()
                .statusCode(400).body("errors.field", hasItem("pageToken"));
    }
}
