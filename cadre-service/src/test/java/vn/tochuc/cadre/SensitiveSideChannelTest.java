package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Side paths to the sensitive fields for callers to whom they are withheld (viewers, integrators, administrators):
 * filters, small statistics, the import report, the audit trail.
 */
@QuarkusTest
class SensitiveSideChannelTest {

    private static final String STATS = "/api/v1/cadre-statistics/party-members";
    private static final String ADMIN = Tokens.scoped("quan-tri@tinh", List.of(), "administrator");

    @Test
    void shouldRefuseAViewerAFilterOnEthnicityWhichItIsNotShown() {
        UUID commune = OrgUnits.unit(null, "Đảng bộ xã Đồng Ích");
        String viewer = Tokens.scoped("xem@dongich", List.of(commune), "viewer");

        given().header("Authorization", viewer).queryParam("ethnicityCode", "03").when().get(Persons.PATH).then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://tochuc.vn/problems/withheld-field-filter"))
                .body("errors.field", hasItem("ethnicityCode"));
        given().header("Authorization", viewer).queryParam("sex", "MALE").when().get(Persons.PATH).then()
                .statusCode(200);
        given().header("Authorization", Tokens.scoped("to-chuc@dongich", List.of(commune), "unit-officer"))
                .queryParam("ethnicityCode", "03").when().get(Persons.PATH).then().statusCode(200);
    }

    @Test
    void shouldLeaveOutEthnicityAndReligionGroupsSmallerThanTheThresholdForAnIntegrator() {
        UUID commune = OrgUnits.unit(null, "Đảng bộ xã Bàn Giản");
        UUID cell = OrgUnits.unit(commune, "Chi bộ thôn Bàn Mạch");
        for (int i = 0; i < 6; i++) {
            admit(member("01", "00"), cell, "2010-01-01");
        }
        admit(member("03", "01"), cell, "2010-01-01");
        String integrator = Tokens.scoped("he-thong@tinh", List.of(commune), "integrator");

        JsonPath stats = statistics(integrator, commune, "2026-01-01");
        assertThat(stats.getLong("total")).isEqualTo(7);
        assertThat(stats.getInt("sensitiveCountsRoundedTo")).isEqualTo(5);
        assertThat(stats.getList("byEthnicity.code")).containsExactly("01");
        assertThat(stats.getLong("byEthnicity[0].count")).isEqualTo(5);
        assertThat(stats.getList("byReligion.code")).containsExactly("00");

        JsonPath exact = statistics(Tokens.scoped("to-chuc@bangian", List.of(commune), "unit-officer"), commune,
                "2026-01-01");
        assertThat((Object) exact.get("sensitiveCountsRoundedTo")).isNull();
        assertThat(exact.getLong("byEthnicity.find { it.code == '03' }.count")).isEqualTo(1);
    }

    @Test
    void shouldNotRevealTheEthnicityOfOneNewMemberByComparingTwoDates() {
        UUID commune = OrgUnits.unit(null, "Đảng bộ xã Hoàng Đan");
        UUID cell = OrgUnits.unit(commune, "Chi bộ thôn Đông");
        for (int i = 0; i < 5; i++) {
            admit(member("01", "00"), cell, "2010-01-01");
        }
        admit(member("03", "01"), cell, "2010-01-01");
        admit(member("01", "00"), cell, "2026-03-01");
        String viewer = Tokens.scoped("xem@hoangdan", List.of(commune), "viewer");

        JsonPath before = statistics(viewer, commune, "2026-02-28");
        JsonPath after = statistics(viewer, commune, "2026-03-01");
        assertThat(after.getLong("total") - before.getLong("total")).isEqualTo(1);
        // Exact counts would go from 5 to 6 for "01" and show who joined; rounded they stay the same.
        assertThat(after.getList("byEthnicity")).isEqualTo(before.getList("byEthnicity"));
        assertThat(after.getList("byReligion")).isEqualTo(before.getList("byReligion"));
    }

    @Test
    void shouldWithholdNationalIdsOfTheImportReportFromAnAdministratorAndRecordABoardOfficersRead() {
        String nationalId = Persons.nationalId(true, 1975);
        String job = Imports.run(Imports.CSV, Imports.csv(ImportTest.HEADER, List.of(List.of(nationalId, "Khổng",
                "Văn", "Định", "MALE", "1975-03-14", "01", "", "", "", ""))));

        given().header("Authorization", ADMIN).when().get(Imports.PATH + "/" + job + "/rows").then()
                .statusCode(200).body("items[0].status", equalTo("CREATED"))
                .body("items[0].nationalId", nullValue());
        String person = given().header(Tokens.as("doc-bao-cao")).when().get(Imports.PATH + "/" + job + "/rows")
                .then().statusCode(200).body("items[0].nationalId", equalTo(nationalId)).extract()
                .path("items[0].personId");

        given().header("Authorization", ADMIN).queryParam("personId", person).when().get("/api/v1/restricted-reads")
                .then().statusCode(200)
                .body("items.findAll { it.kind == 'SENSITIVE_FIELDS' }.actor", hasItem("doc-bao-cao"))
                .body("items.actor", not(hasItem("quan-tri@tinh")));
    }

    @Test
    void shouldRecordAReadOfTheAuditTrailWhichHoldsOldAndNewSensitiveValues() {
        String person = Persons.create(Persons.cv("Bạch", "Văn", "Tuấn"));
        given().header(Tokens.as("xem-lich-su")).when().get(Persons.PATH + "/" + person + "/audit").then()
                .statusCode(200).body("[0].changes.nationalId.to", not(nullValue()));

        given().header("Authorization", ADMIN).queryParam("personId", person).when().get("/api/v1/restricted-reads")
                .then().statusCode(200)
                .body("items.findAll { it.kind == 'SENSITIVE_FIELDS' }.actor", hasItem("xem-lich-su"));
        given().header("Authorization", ADMIN).when().get(Persons.PATH + "/" + person + "/audit").then()
                .statusCode(403);
    }

    private static JsonPath statistics(String token, UUID unit, String asOf) {
        return given().header("Authorization", token).queryParam("orgUnitId", unit).queryParam("asOf", asOf)
                .when().get(STATS).then().statusCode(200).extract().jsonPath();
    }

    private static String member(String ethnicity, String religion) {
        Map<String, Object> cv = Persons.cv("Lò", "Văn", "Páo");
        cv.remove("nationalId");
        cv.put("dateOfBirth", "1980-01-01");
        cv.put("ethnicityCode", ethnicity);
        cv.put("religionCode", religion);
        return Persons.create(cv);
    }

    private static void admit(String person, UUID cell, String on) {
        Members.admit(Members.admission(person, cell, LocalDate.parse(on))).statusCode(201);
    }
}
