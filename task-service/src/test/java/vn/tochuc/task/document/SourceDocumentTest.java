package vn.tochuc.task.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.EventCatalog;
import vn.tochuc.platform.testing.KafkaBrokerResource;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.PostgresDatabaseResource;
import vn.tochuc.task.OrgUnits;
import vn.tochuc.task.Tokens;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(value = PostgresDatabaseResource.class, initArgs = @ResourceArg(name = "purpose", value = "task"))
class SourceDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Response record(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/source-documents");
    }

    static Map<String, Object> resolution(UUID issuer, String number) {
        return Map.of("numberSymbol", number, "kind", "RESOLUTION",
                "title", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII", "issuerUnitId", issuer,
                "issuedOn", "2020-10-15", "term", "2020-2025");
    }

    @Test
    void shouldRecordAResolutionOfAUnitUnderTheUnitsNameAndFindItIgnoringDiacritics() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Vĩnh Phúc", "PROVINCIAL_PARTY_COMMITTEE");
        String number = "01-NQ/ĐH-" + UUID.randomUUID().toString().substring(0, 6);
        Response created = record(resolution(province, number));
        created.then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("issuerName", equalTo("Tỉnh ủy Vĩnh Phúc")).body("status", equalTo("IN_FORCE"));
        String id = created.path("id");

        given().get("/api/v1/source-documents/" + id).then().statusCode(200).body("numberSymbol", equalTo(number));
        given().header("If-None-Match", "\"0\"").get("/api/v1/source-documents/" + id).then().statusCode(304);
        given().queryParam("q", "nghi quyet dai hoi dang bo tinh").queryParam("issuerUnitId", province.toString())
                .get("/api/v1/source-documents").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void shouldPublishTheIssuedDocumentAsTheCatalogDescribesIt() throws Exception {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Bắc Ninh", "PROVINCIAL_PARTY_COMMITTEE");
        String id = record(resolution(province, "02-NQ/TU")).then().statusCode(201).extract().path("id");

        var sent = KafkaTestTopics.ofSharedBroker().readUntil(DocumentEvents.TOPIC, r -> id.equals(r.key()),
                Duration.ofSeconds(30));
        JsonNode event = JSON.readTree(sent.get(sent.size() - 1).value());
        assertThat(event.path("type").asText()).isEqualTo(DocumentEvents.ISSUED);
        assertThat(event.at("/data/numberSymbol").asText()).isEqualTo("02-NQ/TU");
        EventCatalog.assertDescribes(event);
    }

    @Test
    void shouldReplaceADocumentOnlyAtTheVersionTheCallerRead() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Hòa Bình", "PROVINCIAL_PARTY_COMMITTEE");
        String old = record(resolution(province, "05-CT/TU")).then().statusCode(201).extract().path("id");
        Map<String, Object> successor = new java.util.HashMap<>(resolution(province, "07-CT/TU"));
        successor.put("issuedOn", "2024-05-01");
        successor.put("replacesId", old);

        record(successor).then().statusCode(428).body("errors.field", hasItem("replacesVersion"));
        successor.put("replacesVersion", 7);
        record(successor).then().statusCode(412);
        successor.put("replacesVersion", 0);
        String next = record(successor).then().statusCode(201).body("replacesId", equalTo(old)).extract().path("id");

        given().get("/api/v1/source-documents/" + old).then().statusCode(200)
                .body("status", equalTo("REPLACED")).body("replacedById", equalTo(next));
        successor.put("numberSymbol", "08-CT/TU");
        successor.put("replacesVersion", 1);
        record(successor).then().statusCode(409).body("type", equalTo("https://tochuc.vn/problems/already-replaced"));
    }

    @Test
    void shouldRefuseASecondDocumentWithTheSameNumberFromTheSameIssuer() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Phú Thọ", "PROVINCIAL_PARTY_COMMITTEE");
        record(resolution(province, "09-NQ/TU")).then().statusCode(201);
        record(resolution(province, "09-NQ/TU")).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldLetOnlyProvinceWideRolesRecordAnOutsideBodysDocument() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Tam Dương", "DISTRICT_PARTY_COMMITTEE");
        Map<String, Object> directive = Map.of("numberSymbol", "35-CT/TW", "kind", "DIRECTIVE",
                "title", "Chỉ thị về đại hội đảng bộ các cấp", "issuerName", "Bộ Chính trị", "issuedOn", "2024-06-14");
        given().header("Authorization", Tokens.unitOfficer("district", district)).contentType(ContentType.JSON)
                .body(directive).post("/api/v1/source-documents").then().statusCode(403);
        record(directive).then().statusCode(anyOf201or409());
    }

    @Test
    void shouldNotLetAUnitOfficerRecordADocumentOfAnotherBranch() {
        UUID district = OrgUnits.unit(null, "Huyện ủy Sông Lô", "DISTRICT_PARTY_COMMITTEE");
        UUID other = OrgUnits.unit(null, "Thành ủy Vĩnh Yên", "DISTRICT_PARTY_COMMITTEE");
        given().header("Authorization", Tokens.unitOfficer("songlo", district)).contentType(ContentType.JSON)
                .body(resolution(other, "03-NQ/ĐH")).post("/api/v1/source-documents")
                .then().statusCode(422).body("type", equalTo("https://tochuc.vn/problems/unknown-unit"));
        given().get("/api/v1/source-documents?issuerUnitId=" + other).then().statusCode(200)
                .body("items.numberSymbol", not(hasItem("03-NQ/ĐH")));
    }

    @Test
    void shouldAnswerBadInputWithAProblemAndRecordNothing() {
        UUID province = OrgUnits.unit(null, "Tỉnh ủy Lào Cai", "PROVINCIAL_PARTY_COMMITTEE");
        given().contentType(ContentType.JSON).body("{\"numberSymbol\": ").post("/api/v1/source-documents")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> bad = new java.util.HashMap<>(resolution(province, "04-NQ/TU"));
        bad.put("issuedOn", "2020-02-30");
        record(bad).then().statusCode(400).contentType("application/problem+json");
        bad.put("issuedOn", "2020-10-15");
        bad.put("term", "2020");
        record(bad).then().statusCode(400).body("errors.field", hasItem("term"));
        bad.put("term", "2020-2025");
        bad.put("title", "x".repeat(1001));
        record(bad).then().statusCode(400).body("errors.field", hasItem("title"));
        bad.put("title", "");
        record(bad).then().statusCode(400);
        bad.put("title", "Nghị quyết");
        bad.put("kind", "MEMO");
        record(bad).then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/source-documents/not-an-id").then().statusCode(404);
        given().get("/api/v1/source-documents?kind=MEMO").then().statusCode(400).body("errors.field", hasItem("kind"));
        given().get("/api/v1/source-documents?pageToken=forged").then().statusCode(400);
        given().get("/api/v1/source-documents?issuerUnitId=" + province).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    private static org.hamcrest.Matcher<Integer> anyOf201or409() {
        // The directive is one document of the Politburo for every test run of this database.
        return org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(409));
    }
}
