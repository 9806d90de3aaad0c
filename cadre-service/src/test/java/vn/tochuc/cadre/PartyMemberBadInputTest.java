package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.MembershipHistory;
import vn.tochuc.cadre.domain.PartyMembership;
import vn.tochuc.platform.event.OutboxEvent;

/** Refused membership steps answer 4xx problem+json and write nothing: no membership, no history, no event. */
@QuarkusTest
class PartyMemberBadInputTest {

    private static UUID cell;
    private static String person;

    private long membershipsBefore;
    private long historyBefore;
    private long eventsBefore;

    @BeforeEach
    void countRows() {
        if (cell == null) {
            cell = OrgUnits.unit(null, "Chi bộ Ban Tuyên giáo");
            person = Members.person("Hà", "Minh", "Quân");
        }
        membershipsBefore = PartyMembership.count();
        historyBefore = MembershipHistory.count();
        eventsBefore = OutboxEvent.count();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(PartyMembership.count()).as("memberships written").isEqualTo(membershipsBefore);
        assertThat(MembershipHistory.count()).as("history rows written").isEqualTo(historyBefore);
        assertThat(OutboxEvent.count()).as("events written").isEqualTo(eventsBefore);
    }

    @Test
    void shouldRefuseAdmissionBeforeTheAgeOfEighteen() {
        Map<String, Object> cv = Persons.cv("Đào", "Văn", "Trẻ");
        cv.remove("nationalId");
        cv.put("dateOfBirth", LocalDate.now().minusYears(18).plusDays(1).toString());
        String young = Persons.create(cv);
        Members.admit(Members.admission(young, cell, LocalDate.now())).statusCode(400)
                .body("errors.field", hasItem("admittedOn"))
                .body("errors.message", hasItem(containsString("under 18")));
    }

    @Test
    void shouldRefuseAnAdmissionDateInTheFutureOrBadTypes() {
        Members.admit(Members.admission(person, cell, LocalDate.now().plusDays(1))).statusCode(400)
                .body("errors.field", hasItem("admittedOn"));
        Map<String, Object> wrong = Members.admission(person, cell, LocalDate.now());
        wrong.put("admittedOn", "2024-02-30");
        Members.admit(wrong).statusCode(400).body("errors.field", hasItem("admittedOn"));
        given().contentType(ContentType.JSON).body("{\"personId\": ").when().post(Members.PATH).then().statusCode(400);
    }

    @Test
    void shouldRequireTwoSponsorsAndTheRequiredFields() {
        Map<String, Object> one = Members.admission(person, cell, LocalDate.now());
        one.put("sponsors", List.of(Map.of("fullName", "Lương Đức Minh")));
        Members.admit(one).statusCode(400).body("errors.field", hasItem("sponsors"));
        Members.admit(Map.of("sponsors", List.of())).statusCode(400)
                .body("errors.field", hasItem("personId")).body("errors.field", hasItem("cellId"));
    }

    @Test
    void shouldRefuseAnUnknownPersonCellOrSponsor() {
        Members.admit(Members.admission(UUID.randomUUID().toString(), cell, LocalDate.now())).statusCode(422)
                .body("errors.field", hasItem("personId"));
        Members.admit(Members.admission(person, UUID.randomUUID(), LocalDate.now())).statusCode(422)
                .body("errors.field", hasItem("cellId"));
        Map<String, Object> ghost = Members.admission(person, cell, LocalDate.now());
        ghost.put("sponsors", List.of(Map.of("fullName", "Không Có", "personId", UUID.randomUUID().toString()),
                Map.of("fullName", "Trần Việt Cường")));
        Members.admit(ghost).statusCode(422).body("errors.field", hasItem("sponsors[0].personId"));
    }

    @Test
    void shouldRefuseStaleOrMissingVersionsAndUnknownMemberships() {
        String other = Members.person("Tạ", "Quang", "Bửu");
        String id = Members.admit(Members.admission(other, cell, LocalDate.now().minusYears(2))).statusCode(201)
                .extract().path("id");
        membershipsBefore++;
        historyBefore++;
        eventsBefore++;
        Map<String, String> exempt = Map.of("activity", "EXEMPTED", "effectiveOn", LocalDate.now().toString());
        Members.step(id, "activity", 3, exempt).statusCode(412);
        given().contentType(ContentType.JSON).body(exempt).when().post(Members.PATH + "/" + id + "/activity")
                .then().statusCode(428);
        Members.step(UUID.randomUUID().toString(), "activity", 0, exempt).statusCode(404);
        Members.step(id, "activity", 0, Map.of("activity", "ACTIVE", "effectiveOn", LocalDate.now().toString()))
                .statusCode(400).body("errors.field", hasItem("activity"));
        Members.step(id, "transfers", 0, Map.of("kind", "SIDEWAYS", "toCellId", cell.toString(),
                "effectiveOn", LocalDate.now().toString())).statusCode(400).body("errors.field", hasItem("kind"));
        Members.step(id, "transfers", 0, Map.of("kind", "PERMANENT", "toCellId", cell.toString(),
                "effectiveOn", LocalDate.now().toString())).statusCode(400).body("errors.field", hasItem("toCellId"));
        Members.step(id, "leaving", 0, Map.of("reason", "EXPELLED",
                "effectiveOn", LocalDate.now().minusYears(3).toString())).statusCode(400)
                .body("errors.message", hasItem(containsString("before the admission")));
        given().when().get(Members.PATH + "/" + id).then().statusCode(200).body("stage", equalTo("PROBATIONARY"))
                .body("activity", equalTo("ACTIVE"));
    }
}
