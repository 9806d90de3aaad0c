package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.domain.Appointment;
import vn.tochuc.cadre.domain.PersonAudit;
import vn.tochuc.platform.event.OutboxEvent;
import vn.tochuc.platform.orgscope.OrgUnitView;

/** Refused appointments answer 4xx problem+json and write nothing: no appointment, no audit row, no event. */
@QuarkusTest
class AppointmentBadInputTest {

    private static final LocalDate START = LocalDate.of(2025, 7, 1);
    private static UUID unit;
    private static String person;

    private long appointmentsBefore;
    private long auditBefore;
    private long eventsBefore;

    @BeforeEach
    void countRows() {
        if (unit == null) {
            unit = OrgUnits.unit(null, "Ủy ban Kiểm tra Tỉnh ủy");
            person = Members.person("Lương", "Đức", "Minh");
        }
        appointmentsBefore = Appointment.count();
        auditBefore = PersonAudit.count();
        eventsBefore = OutboxEvent.count();
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(Appointment.count()).as("appointments written").isEqualTo(appointmentsBefore);
        assertThat(PersonAudit.count()).as("audit rows written").isEqualTo(auditBefore);
        assertThat(OutboxEvent.count()).as("events written").isEqualTo(eventsBefore);
    }

    @Test
    void shouldRefuseAUnitUnknownCeasedOrNotYetInEffect() {
        Appointments.start(Appointments.request(person, UUID.randomUUID(), "APPOINTED", START)).statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/unknown-reference"))
                .body("errors.field", hasItem("orgUnitId"));
        UUID ceased = OrgUnits.unit(null, "Huyện ủy đã giải thể");
        QuarkusTransaction.requiringNew().run(() -> OrgUnitView.<OrgUnitView>findById(ceased).status = "CEASED");
        Appointments.start(Appointments.request(person, ceased, "APPOINTED", START)).statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/unit-not-in-effect"));
        Appointments.start(Appointments.request(person, unit, "APPOINTED", LocalDate.of(2020, 10, 14)))
                .statusCode(422).body("type", equalTo("https://tochuc.vn/problems/unit-not-in-effect"))
                .body("detail", containsString("2020-10-15"));
    }

    @Test
    void shouldRefuseAUnitThatIsNotThePositionsOwnAndAnUnknownPositionWithoutAUnit() {
        UUID other = OrgUnits.unit(null, "Huyện ủy Lập Thạch");
        Map<String, Object> mismatched = Appointments.request(person, unit, "APPOINTED", START);
        mismatched.put("orgUnitId", other.toString());
        Appointments.start(mismatched).statusCode(422)
                .body("type", equalTo("https://tochuc.vn/problems/position-of-another-unit"));
        Map<String, Object> unknown = Appointments.request(person, unit, "APPOINTED", START);
        unknown.remove("orgUnitId");
        unknown.put("positionId", UUID.randomUUID().toString());
        Appointments.start(unknown).statusCode(422).body("errors.field", hasItem("positionId"));
    }

    @Test
    void shouldRefuseAnUnknownPersonOrOneUnderAgeOrDeceased() {
        Appointments.start(Appointments.request(UUID.randomUUID().toString(), unit, "APPOINTED", START))
                .statusCode(422).body("errors.field", hasItem("personId"));
        Appointments.start(Appointments.request(person, unit, "APPOINTED", LocalDate.of(2008, 9, 1)))
                .statusCode(400).body("errors.field", hasItem("startDate"))
                .body("errors.message", hasItem(containsString("under 18")));
    }

    @Test
    void shouldRefuseBadDatesUnknownCodesOversizedTextAndMalformedJson() {
        Map<String, Object> backwards = Appointments.request(person, unit, "APPOINTED", START);
        backwards.put("plannedEndDate", "2025-06-30");
        Appointments.start(backwards).statusCode(400).body("errors.field", hasItem("plannedEndDate"));
        Appointments.start(Appointments.request(person, unit, "PROMOTED", START)).statusCode(400)
                .body("errors.field", hasItem("kind"));
        Map<String, Object> impossible = Appointments.request(person, unit, "APPOINTED", START);
        impossible.put("startDate", "2025-02-30");
        Appointments.start(impossible).statusCode(400).body("errors.field", hasItem("startDate"));
        Map<String, Object> long_ = Appointments.request(person, unit, "APPOINTED", START);
        long_.put("decision", Map.of("number", "4".repeat(51), "issuer", "Ban Thường vụ"));
        Appointments.start(long_).statusCode(400).body("errors.field", hasItem("decision.number"));
        given().contentType(ContentType.JSON).body("{\"personId\": ").when().post(Appointments.PATH).then()
                .statusCode(400).contentType("application/problem+json");
        Appointments.start(Map.of()).statusCode(400).body("errors.field", hasItem("personId"))
                .body("errors.field", hasItem("positionId")).body("errors.field", hasItem("startDate"));
    }

    @Test
    void shouldRefuseASecondHoldOfTheSamePositionAndAnEndBeforeTheStart() {
        String other = Members.person("Đỗ", "Thị", "Hằng");
        Map<String, Object> first = Appointments.request(other, unit, "APPOINTED", START);
        String id = Appointments.started(first);
        appointmentsBefore++;
        auditBefore += 2; // the CV's creation and the first appointment
        eventsBefore++;
        Appointments.start(first).statusCode(409).body("type", equalTo("https://tochuc.vn/problems/already-appointed"));
        Appointments.end(id, 0, "RELIEVED", START).statusCode(400).body("errors.field", hasItem("endDate"));
        Appointments.end(id, 0, "FIRED", START.plusDays(1)).statusCode(400).body("errors.field", hasItem("reason"));
        Appointments.end(UUID.randomUUID().toString(), 0, "RELIEVED", START.plusDays(1)).statusCode(404);
        given().when().get(Appointments.PATH + "/" + id).then().statusCode(200).body("endDate", equalTo(null));
    }
}
