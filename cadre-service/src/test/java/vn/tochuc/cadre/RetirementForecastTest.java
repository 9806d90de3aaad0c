package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.cadre.rest.RetirementEntry;
import vn.tochuc.cadre.service.RetirementForecast;

/** Who retires in the next 6 or 12 months, by the roadmap of Decree 135/2020, as of a fixed day. */
@QuarkusTest
class RetirementForecastTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @Inject
    RetirementForecast forecast;

    @Test
    @TestSecurity(user = "board-officer@test", roles = "board-officer")
    void shouldListTheCadresReachingTheirRetirementAgeInTheWindowSoonestFirst() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy (hưu trí)");
        UUID office = OrgUnits.unit(province, "Văn phòng Tỉnh ủy (hưu trí)");
        UUID elsewhere = OrgUnits.unit(null, "Đảng ủy khác");
        // Men retiring in 2026 (61y6m) were born 10/1964-06/1965; women (57y) 05/1969-12/1969.
        String april = cadre("Tôn", "Thất", "Thuyết", true, "1964-10-10", office, null);
        String june = cadre("Hà", "Huy", "Tập", true, "1964-12", province, null);
        String juneToo = cadre("Nguyễn", "Thị", "Định", false, "1969-06", office, null);
        String yearOnly = cadre("Võ", "Văn", "Kiệt", true, "1965", province, null); // counts from 1 January
        String september = cadre("Lý", "Tự", "Trọng", true, "1965-03-02", office, null);
        cadre("Phan", "Đình", "Phùng", true, "1964-11-01", office, LocalDate.of(2025, 5, 1)); // deceased
        cadre("Trần", "Phú", "Hưng", true, "1964-01-20", office, null); // 61y3m in 04/2025: already retired
        cadre("Bùi", "Thị", "Xuân", false, "1969-04", office, null); // 56y8m in 12/2025: already retired
        cadre("Lê", "Hồng", "Phong", true, "1964-11-09", elsewhere, null); // outside the unit asked for

        List<RetirementEntry> six = forecast.forecast("6", province.toString(), TODAY);
        List<RetirementEntry> twelve = forecast.forecast("12", province.toString(), TODAY);

        assertThat(six).extracting(e -> e.personId().toString()).containsExactly(april, june, juneToo, yearOnly);
        assertThat(twelve).extracting(e -> e.personId().toString())
                .containsExactly(april, june, juneToo, yearOnly, september);
        RetirementEntry first = six.get(0);
        assertThat(first.retiresOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(first.pensionFrom()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(List.of(first.ageYears(), first.ageMonths())).containsExactly(61, 6);
        assertThat(first.basis()).as("the version of cadre.retirement-age that sets the day")
                .contains("45/2019/QH14").contains("Điều 169");
        assertThat(six.get(2).retiresOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(List.of(six.get(2).ageYears(), six.get(2).ageMonths())).containsExactly(57, 0);
        assertThat(six.get(3).retiresOn()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(twelve.get(4).retiresOn()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void shouldAnswerOverHttpAndRefuseAWindowOutsideOneToTwentyFourMonths() {
        given().queryParam("months", 6).when().get("/api/v1/cadres/retirement-forecast").then().statusCode(200);
        given().queryParam("months", 36).when().get("/api/v1/cadres/retirement-forecast").then().statusCode(400)
                .body("errors[0].field", containsString("months"));
        given().queryParam("orgUnitId", "x").when().get("/api/v1/cadres/retirement-forecast").then().statusCode(400);
    }

    private static String cadre(String surname, String middle, String given, boolean male, String born, UUID unit,
            LocalDate died) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.put("nationalId", Persons.nationalId(male, Integer.parseInt(born.substring(0, 4))));
        cv.put("sex", male ? "MALE" : "FEMALE");
        cv.put("dateOfBirth", born);
        cv.put("currentOrgUnitId", unit.toString());
        if (died != null) {
            cv.put("dateOfDeath", died.toString());
        }
        return Persons.create(cv);
    }
}
