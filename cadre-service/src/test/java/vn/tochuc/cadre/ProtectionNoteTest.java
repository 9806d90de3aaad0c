package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Political-protection notes: only protection officers see them, within their units, and every read is recorded. */
@QuarkusTest
class ProtectionNoteTest {

    private static final String PATH = "/api/v1/protection-notes";

    private final UUID district = OrgUnits.unit(null, "Huyện ủy Sông Lô");
    private final String officer = Tokens.scoped("bvct@tinhuy", List.of(), "board-officer", "protection-officer");

    @Test
    void shouldShowNotesOnlyToProtectionOfficersAndRecordEveryRead() {
        String person = personIn(district);
        given().header(Tokens.as("chuyen-vien-ban")).contentType(ContentType.JSON).body(note(person)).when()
                .post(PATH).then().statusCode(403);
        String id = post(officer, note(person)).statusCode(201).body("status", equalTo("ACTIVE"))
                .body("createdBy", equalTo("bvct@tinhuy")).extract().path("id");

        given().header(Tokens.as("chuyen-vien-ban")).queryParam("personId", person).when().get(PATH).then()
                .statusCode(403).body("type", endsWith("/forbidden"));
        given().header(Tokens.as("chuyen-vien-ban")).when().get(PATH + "/" + id).then().statusCode(403);
        given().header("Authorization", officer).queryParam("personId", person).when().get(PATH).then()
                .statusCode(200).body("id", hasItem(id)).body("[0].content", equalTo("Bố đẻ từng tham gia ..."));
        given().header("Authorization", officer).when().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"");
        given().header("Authorization", officer).header("If-None-Match", "\"0\"").when().get(PATH + "/" + id)
                .then().statusCode(304);

        given().header("Authorization", officer).queryParam("personId", person).when()
                .get("/api/v1/restricted-reads").then().statusCode(200)
                .body("items.findAll { it.kind == 'PROTECTION_NOTE' }", hasSize(2))
                .body("items.findAll { it.kind == 'PROTECTION_NOTE' }.actor", hasItems("bvct@tinhuy"))
                .body("items.findAll { it.kind == 'PROTECTION_NOTE' }.noteId", hasItems(id));
    }

    @Test
    void shouldWithdrawANoteOnlyWithTheCurrentVersionAndKeepItReadable() {
        String id = post(officer, note(personIn(district))).statusCode(201).extract().path("id");
        Map<String, Object> reason = Map.of("reason", "Thẩm tra lại: thông tin không chính xác");

        withdraw(id, reason, null).statusCode(428);
        withdraw(id, reason, "\"7\"").statusCode(412);
        withdraw(id, reason, "\"0\"").statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawnReason", equalTo("Thẩm tra lại: thông tin không chính xác"));
        withdraw(id, reason, "\"1\"").statusCode(409).body("type", endsWith("/already-withdrawn"));
        given().header("Authorization", officer).when().get(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void shouldHideNotesOfAnotherDistrictFromAScopedProtectionOfficer() {
        UUID other = OrgUnits.unit(null, "Huyện ủy Bình Xuyên");
        String person = personIn(other);
        String id = post(officer, note(person)).statusCode(201).extract().path("id");
        String local = Tokens.scoped("bvct@songlo", List.of(district), "unit-officer", "protection-officer");

        given().header("Authorization", local).when().get(PATH + "/" + id).then().statusCode(404);
        given().header("Authorization", local).queryParam("personId", person).when().get(PATH).then()
                .statusCode(404);
        post(local, note(person)).statusCode(422);
    }

    @Test
    void shouldRefuseBadNotesAndWriteNothing() {
        String person = personIn(district);
        Map<String, Object> blank = note(person);
        blank.put("content", " ");
        post(officer, blank).statusCode(400).body("errors.field", hasItem("content"));
        Map<String, Object> huge = note(person);
        huge.put("content", "x".repeat(20_001));
        post(officer, huge).statusCode(400).body("errors.field", hasItem("content"));
        Map<String, Object> future = note(person);
        future.put("recordedOn", LocalDate.now().plusDays(1).toString());
        post(officer, future).statusCode(400).body("errors.field", hasItem("recordedOn"));
        Map<String, Object> unknown = note(person);
        unknown.put("category", "GOSSIP");
        post(officer, unknown).statusCode(400);
        Map<String, Object> missing = note(person);
        missing.remove("personId");
        post(officer, missing).statusCode(400).body("errors.field", hasItem("personId"));
        given().header("Authorization", officer).contentType(ContentType.JSON).body("{\"personId\": ").when()
                .post(PATH).then().statusCode(400).body("type", endsWith("/malformed-json"));
        given().header("Authorization", officer).queryParam("personId", "not-an-id").when().get(PATH).then()
                .statusCode(400);

        given().header("Authorization", officer).queryParam("personId", person).when().get(PATH).then()
                .statusCode(200).body("", hasSize(0));
    }

    private static String personIn(UUID unit) {
        Map<String, Object> cv = Persons.cv("Đỗ", "Văn", "Hùng");
        cv.put("currentOrgUnitId", unit.toString());
        return Persons.create(cv);
    }

    private static Map<String, Object> note(String person) {
        Map<String, Object> note = new HashMap<>();
        note.put("personId", person);
        note.put("category", "FAMILY_RELATIONS");
        note.put("content", "Bố đẻ từng tham gia ...");
        note.put("source", "Báo cáo thẩm tra số 12-BC/BTCTU");
        note.put("recordedOn", "2025-03-01");
        return note;
    }

    private static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body).when().post(PATH)
                .then();
    }

    private ValidatableResponse withdraw(String id, Map<String, Object> body, String ifMatch) {
        var request = given().header("Authorization", officer).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(PATH + "/" + id + "/withdrawal").then();
    }
}
