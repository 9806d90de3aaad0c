package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.Discipline;
import vn.tochuc.cadre.domain.PersonAudit;
import vn.tochuc.platform.event.OutboxEvent;

/** Refused discipline decisions answer 4xx problem+json and write nothing: no decision, audit row or event. */
@QuarkusTest
class DisciplineBadInputTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 1, 5);
    private static UUID unit;
    private static String person;

    private long decisionsBefore;
    private long auditBefore;
    private long eventsBefore;

    @BeforeEach
    void countRows() {
        if (unit == null) {
            unit = OrgUnits.unit(null, "Sở Xây dựng");
            person = Members.person("Mạc", "Văn", "Khoa");
        }
        decisionsBefore = Discipline.count();
        auditBefore = PersonAudit.count();
        eventsBefore = OutboxEvent.count();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(Discipline.count()).as("decisions written").isEqualTo(decisionsBefore);
        assertThat(PersonAudit.count()).as("audit rows written").isEqualTo(auditBefore);
        assertThat(OutboxEvent.count()).as("events written").isEqualTo(eventsBefore);
    }

    @Test
    void shouldRequireTheDecisionsNumberDateAndIssuer() {
        Map<String, Object> r = Disciplines.request(person, "CIVIL_SERVICE", "WARNING", DECIDED, unit);
        r.put("decision", Map.of("number", "12-QĐ/UBKTTU", "date", DECIDED.toString()));
        Disciplines.decide(r).statusCode(400).body("errors.field", hasItem("decision.issuer"));
        r.put("decision", Map.of("number", "12-QĐ/UBKTTU", "issuer", "Sở Nội vụ"));
        Disciplines.decide(r).statusCode(400).body("errors.field", hasItem("decision.date"));
        r.remove("decision");
        Disciplines.decide(r).statusCode(400).body("errors.field", hasItem("decision"));
    }

    @Test
    void shouldRefuseImpossibleDatesAndPeriods() {
        Map<String, Object> r = Disciplines.request(person, "CIVIL_SERVICE", "WARNING", DECIDED, unit);
        r.put("effectiveOn", DECIDED.minusDays(1).toString());
        Disciplines.decide(r).statusCode(400).body("errors.field", hasItem("effectiveOn"));
        r = Disciplines.request(person, "CIVIL_SERVICE", "WARNING", LocalDate.now().plusDays(2), unit);
        Disciplines.decide(r).statusCode(400).body("errors.field", hasItem("decision.date"));
        r = Disciplines.request(person, "CIVIL_SERVICE", "WARNING", DECIDED, unit);
        r.put("barredUntil", DECIDED.toString());
        Disciplines.decide(r).statusCode(400).body("errors.field", hasItem("barredUntil"));
    }

    @Test
    void shouldRefuseUnknownCodesPersonsUnitsOversizedReasonsAndMalformedJson() {
        Disciplines.decide(Disciplines.request(person, "CIVIL_SERVICE", "FINE", DECIDED, unit)).statusCode(400)
                .body("errors.field", hasItem("form"));
        Disciplines.decide(Disciplines.request(person, "MILITARY", "WARNING", DECIDED, unit)).statusCode(400)
                .body("errors.field", hasItem("system"));
        Disciplines.decide(Disciplines.request(UUID.randomUUID().toString(), "CIVIL_SERVICE", "WARNING", DECIDED,
                unit)).statusCode(422).body("errors.field", hasItem("personId"));
        Disciplines.decide(Disciplines.request(person, "CIVIL_SERVICE", "WARNING", DECIDED, UUID.randomUUID()))
                .statusCode(422).body("errors.field", hasItem("orgUnitId"));
        Map<String, Object> r = Disciplines.request(person, "CIVIL_SERVICE", "WARNING", DECIDED, unit);
        r.put("reason", "x".repeat(2001));
        Disciplines.decide(r).statusCode(400).body("errors.field", hasItem("reason"));
        r.put("reason", " ");
        Disciplines.decide(r).statusCode(400).body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body("{\"reason\": \"a\" \"form\"}").when().post(Disciplines.PATH)
                .then().statusCode(400).body("type", equalTo("https://tochuc.vn/problems/malformed-json"));
        given().when().get(Disciplines.PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
