package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seats whose term is over but whose appointment is still open are listed per unit, so none is forgotten. */
@QuarkusTest
class AppointmentTermTest {

    @Test
    void shouldListOpenAppointmentsWhosePlannedEndHasPassedInTheUnitsSubtree() {
        UUID committee = OrgUnits.unit(null, "Huyện ủy Tam Đảo (nhiệm kỳ)");
        UUID cell = OrgUnits.unit(committee, "Chi bộ Văn phòng Huyện ủy Tam Đảo");
        UUID elsewhere = OrgUnits.unit(null, "Huyện ủy Sông Lô (nhiệm kỳ)");
        String expired = started(cell, "Trương", "Văn", "Hùng", LocalDate.of(2020, 10, 15), "2025-03-31");
        String current = started(cell, "Trương", "Thị", "Hạnh", LocalDate.of(2020, 10, 16), "2025-10-14");
        String outside = started(elsewhere, "Trương", "Văn", "Nam", LocalDate.of(2020, 10, 15), "2025-03-31");
        String ended = started(cell, "Trương", "Văn", "Lâm", LocalDate.of(2020, 10, 17), "2025-03-31");
        Appointments.end(ended, 0, "TERM_ENDED", LocalDate.of(2025, 4, 1)).statusCode(200);

        given().queryParam("orgUnitId", committee.toString()).queryParam("asOf", "2025-07-01").when()
                .get(Appointments.PATH + "/term-expired").then().statusCode(200)
                .body("items.id", contains(expired))
                .body("items.id", not(hasItem(current))).body("items.id", not(hasItem(outside)));
        given().queryParam("orgUnitId", committee.toString()).queryParam("asOf", "2025-10-15").when()
                .get(Appointments.PATH + "/term-expired").then().statusCode(200)
                .body("items.id", contains(expired, current));
    }

    @Test
    void shouldKeepAnotherDistrictsExpiredSeatsFromAUnitOfficer() {
        UUID mine = OrgUnits.unit(null, "Huyện ủy Lập Thạch (nhiệm kỳ)");
        UUID theirs = OrgUnits.unit(null, "Huyện ủy Vĩnh Tường (nhiệm kỳ)");
        started(theirs, "Đinh", "Văn", "Cường", LocalDate.of(2020, 10, 15), "2025-03-31");
        given().header("Authorization", Tokens.scoped("lap-thach", List.of(mine), "unit-officer"))
                .queryParam("orgUnitId", theirs.toString()).when().get(Appointments.PATH + "/term-expired").then()
                .statusCode(403);
    }

    private static String started(UUID unit, String surname, String middle, String given, LocalDate start,
            String plannedEnd) {
        String person = Members.person(surname, middle, given);
        Map<String, Object> body = Appointments.request(person, unit, "ELECTED", start);
        body.put("plannedEndDate", plannedEnd);
        return Appointments.started(body);
    }
}
