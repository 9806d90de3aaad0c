package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.TestTokens;

/** Who may call at all, who may write, and how far a caller limited to some org units reaches. */
@QuarkusTest
class AccessControlTest {

    @Test
    void shouldRefuseACallWithoutATokenAsProblemJson() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + Persons.PATH + "?q=nguyen")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(answer.body()).contains("bearer token");
    }

    @Test
    void shouldRefuseAnExpiredTokenAndOneSignedWithAnotherKey() throws Exception {
        given().header("Authorization", TestTokens.bearer(TestTokens.expired("someone", "board-officer")))
                .when().get(Persons.PATH).then().statusCode(401).contentType("application/problem+json");

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(TestTokens.ISSUER).subject("intruder").groups("administrator")
                .sign(generator.generateKeyPair().getPrivate());
        given().header("Authorization", TestTokens.bearer(forged)).when().get(Persons.PATH).then().statusCode(401);
        given().header("Authorization", "Bearer not.a.token").when().get(Persons.PATH).then().statusCode(401);
    }

    @Test
    void shouldRefuseAScopedTokenThatNamesNoOrgUnitsInsteadOfAnsweringEmptyLists() {
        for (String role : List.of("unit-officer", "viewer", "integrator")) {
            given().header("Authorization", Tokens.scoped("no-units", List.of(), role))
                    .when().get(Persons.PATH + "?q=nguyen").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/no-org-units"))
                    .body("detail", containsString("--org-unit"));
        }
        given().header("Authorization", Tokens.scoped("board", List.of(), "board-officer"))
                .when().get(Persons.PATH + "?q=nguyen").then().statusCode(200);
    }

    @Test
    void shouldLetAViewerReadButNotWrite() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Tam Dương");
        Map<String, Object> cv = Persons.cv("Trần", "Văn", "Bình");
        cv.put("currentOrgUnitId", district.toString());
        String id = Persons.create(cv);
        String viewer = Tokens.scoped("viewer@tamduong", List.of(district), "viewer");

        given().header("Authorization", viewer).when().get(Persons.PATH + "/" + id).then().statusCode(200);
        given().header("Authorization", viewer).contentType(ContentType.JSON).body(Persons.cv("Lê", "Thị", "Hoa"))
                .when().post(Persons.PATH).then().statusCode(403).body("type", endsWith("/forbidden"));
        given().header("Authorization", Tokens.scoped("nobody", List.of(district))).when()
                .get(Persons.PATH + "/" + id).then().statusCode(403);
    }

    @Test
    void shouldKeepAUnitOfficerOfOneDistrictAwayFromAnotherDistrictsCadres() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy");
        UUID tamDuong = OrgUnits.unit(province, "Huyện ủy Tam Dương");
        UUID tamDuongCell = OrgUnits.unit(tamDuong, "Chi bộ thôn Đồng Bụt");
        UUID vinhYen = OrgUnits.unit(province, "Thành ủy Vĩnh Yên");
        String ours = personIn(tamDuongCell, "Phạm", "Văn", "Đức");
        String theirs = personIn(vinhYen, "Phạm", "Văn", "Đông");
        String officer = Tokens.scoped("to-chuc@tamduong", List.of(tamDuong), "unit-officer");

        given().header("Authorization", officer).when().get(Persons.PATH + "/" + ours).then().statusCode(200);
        given().header("Authorization", officer).when().get(Persons.PATH + "/" + theirs).then().statusCode(404)
                .body("detail", containsString(theirs));
        given().header("Authorization", officer).when().get(Persons.PATH + "/" + theirs + "/audit").then()
                .statusCode(404);
        given().header("Authorization", officer).queryParam("q", "pham van").when().get(Persons.PATH).then()
                .statusCode(200).body("items.id", hasItem(ours)).body("items.id", not(hasItem(theirs)));
        given().header("Authorization", officer).queryParam("orgUnitId", vinhYen.toString()).when()
                .get(Persons.PATH).then().statusCode(403).body("type", endsWith("/out-of-scope"));

        Map<String, Object> moved = Persons.cv("Phạm", "Văn", "Đức");
        moved.put("currentOrgUnitId", vinhYen.toString());
        given().header("Authorization", officer).contentType(ContentType.JSON).body(moved).when().post(Persons.PATH)
                .then().statusCode(403).body("detail", containsString(vinhYen.toString()));
        given().header("Authorization", officer).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(moved).when().put(Persons.PATH + "/" + theirs).then().statusCode(404);
        given().when().get(Persons.PATH + "/" + theirs).then().statusCode(200).body("version", equalTo(0));

        given().header("Authorization", officer).queryParam("orgUnitId", tamDuong.toString()).when()
                .get("/api/v1/cadre-statistics/party-members").then().statusCode(200);
        given().header("Authorization", officer).when().get("/api/v1/cadre-statistics/party-members").then()
                .statusCode(403).body("detail", containsString("orgUnitId"));
    }

    @Test
    void shouldRefuseTheDisciplineRegisterOfAnotherDistrictOrOfItsPerson() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy");
        UUID tamDuong = OrgUnits.unit(province, "Huyện ủy Tam Dương");
        UUID vinhYen = OrgUnits.unit(province, "Thành ủy Vĩnh Yên");
        String ours = personIn(tamDuong, "Đỗ", "Văn", "Hà");
        String theirs = personIn(vinhYen, "Đỗ", "Văn", "Hải");
        String officer = Tokens.scoped("to-chuc@tamduong", List.of(tamDuong), "unit-officer");

        given().header("Authorization", officer).queryParam("orgUnitId", tamDuong.toString()).when()
                .get(Disciplines.PATH).then().statusCode(200);
        given().header("Authorization", officer).queryParam("personId", ours).when()
                .get(Disciplines.PATH).then().statusCode(200);
        given().header("Authorization", officer).queryParam("orgUnitId", vinhYen.toString()).when()
                .get(Disciplines.PATH).then().statusCode(403).body("type", endsWith("/out-of-scope"));
        given().header("Authorization", officer).queryParam("personId", theirs).when()
                .get(Disciplines.PATH).then().statusCode(404).body("detail", containsString(theirs));
    }

    @Test
    void shouldWithholdSensitiveFieldsFromAViewerAndRecordEveryReadOfThem() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Lập Thạch");
        String id = personIn(district, "Hoàng", "Thị", "Mai");
        String viewer = Tokens.scoped("viewer@lapthach", List.of(district), "viewer");

        given().header("Authorization", viewer).when().get(Persons.PATH + "/" + id).then().statusCode(200)
                .body("nationalId", nullValue()).body("ethnicityCode", nullValue())
                .body("religionCode", nullValue()).body("familyMembers.size()", equalTo(0))
                .body("withheld", hasItem("nationalId")).body("fullName", equalTo("Hoàng Thị Mai"));
        given().header("Authorization", viewer).queryParam("orgUnitId", district.toString()).when()
                .get(Persons.PATH).then().statusCode(200).body("items[0].ethnicityCode", nullValue());
        given().header(Tokens.as("chuyen-vien-ban")).when().get(Persons.PATH + "/" + id).then().statusCode(200)
                .body("nationalId", not(nullValue())).body("withheld", nullValue());

        String admin = Tokens.scoped("quan-tri", List.of(), "administrator");
        given().header("Authorization", admin).queryParam("personId", id).when().get("/api/v1/restricted-reads")
                .then().statusCode(200)
                .body("items.find { it.actor == 'chuyen-vien-ban' }.kind", equalTo("SENSITIVE_FIELDS"))
                .body("items.find { it.actor == 'chuyen-vien-ban' }.roles", equalTo("board-officer"))
                .body("items.actor", not(hasItem("viewer@lapthach")));
        given().header("Authorization", viewer).queryParam("personId", id).when().get("/api/v1/restricted-reads")
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseABadReadLogQueryAndHideAnotherDistrictsLog() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Yên Lạc");
        UUID other = OrgUnits.unit(null, "Huyện ủy Vĩnh Tường");
        String theirs = personIn(other, "Kim", "Văn", "Sơn");
        String local = Tokens.scoped("bvct@yenlac", List.of(district), "unit-officer", "protection-officer");
        String path = "/api/v1/restricted-reads";

        given().header("Authorization", local).when().get(path).then().statusCode(400)
                .body("errors.field", hasItem("personId"));
        given().header("Authorization", local).queryParam("personId", "not-an-id").when().get(path).then()
                .statusCode(400).body("errors.field", hasItem("personId"));
        given().header("Authorization", local).queryParam("personId", theirs).queryParam("limit", "0").when()
                .get(path).then().statusCode(400);
        given().header("Authorization", local).queryParam("personId", theirs).when().get(path).then()
                .statusCode(404);
        given().header("Authorization", local).queryParam("personId", theirs).queryParam("pageToken", "bm9wZQ")
                .when().get(path).then().statusCode(400);
    }

    private static String personIn(UUID unit, String surname, String middle, String given) {
        Map<String, Object> cv = Persons.cv(surname, middle, given);
        cv.put("currentOrgUnitId", unit.toString());
        return Persons.create(cv);
    }
}
