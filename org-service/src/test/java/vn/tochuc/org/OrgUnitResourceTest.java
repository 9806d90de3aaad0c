package vn.tochuc.org;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.platform.testing.KafkaTestTopics;

@QuarkusTest
class OrgUnitResourceTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldCreateAUnitAndPublishItsCreatedEventAsACloudEvent() throws Exception {
        String code = OrgUnits.uniqueCode();
        var created = OrgUnits.post(Map.of("code", code, "name", "Tỉnh ủy Vĩnh Phúc", "shortName", "TU",
                        "kind", "PROVINCIAL_PARTY_COMMITTEE", "validFrom", "2020-10-15"))
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("status", equalTo("ACTIVE"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/org-units/" + id);

        List<ConsumerRecord<String, String>> records = KafkaTestTopics.ofSharedBroker()
                .readUntil(OrgUnitEvents.TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(records).as("the created event reaches Kafka").isNotEmpty();
        ConsumerRecord<String, String> record = records.get(records.size() - 1);
        JsonNode event = json.readTree(record.value());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("type").asText()).isEqualTo("vn.tochuc.org.unit.created.v1");
        assertThat(event.path("source").asText()).isEqualTo("/tochuc/org-service");
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("id").asText()).isNotBlank();
        assertThat(event.path("time").asText()).isNotBlank();
        assertThat(event.path("data").path("name").asText()).isEqualTo("Tỉnh ủy Vĩnh Phúc");
        assertThat(event.path("data").path("validFrom").asText()).isEqualTo("2020-10-15");
        assertThat(KafkaTestTopics.header(record, "content-type")).startsWith("application/cloudevents+json");
    }

    @Test
    void shouldReadAUnitWithItsETagAndAnswerNotModifiedForTheSameETag() {
        String id = OrgUnits.create("Chi bộ Văn phòng");
        String etag = given().when().get("/api/v1/org-units/" + id)
                .then().statusCode(200).body("name", equalTo("Chi bộ Văn phòng")).header("ETag", notNullValue())
                .extract().header("ETag");

        given().header("If-None-Match", etag).when().get("/api/v1/org-units/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"99\"").when().get("/api/v1/org-units/" + id).then().statusCode(200);
    }

    @Test
    void shouldStoreTextSentInDecomposedUnicodeComposed() {
        String composed = "Đảng bộ phường Liên Bảo";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        String id = OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", decomposed,
                "kind", "GRASSROOTS_PARTY_COMMITTEE")).statusCode(201).extract().path("id");

        String stored = given().when().get("/api/v1/org-units/" + id).then().statusCode(200).extract().path("name");
        assertThat(stored).isEqualTo(composed);
    }

    @Test
    void shouldFindAUnitByItsNameTypedWithoutDiacriticsOrCase() {
        String id = OrgUnits.create("Huyện ủy Tam Dương");

        given().queryParam("q", "HUYEN UY TAM DUONG").when().get("/api/v1/org-units")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().queryParam("q", "tam dương").when().get("/api/v1/org-units")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().queryParam("q", "tam duong xyz").when().get("/api/v1/org-units")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void shouldPageThroughUnitsWithoutRepeatingOrSkipping() {
        String marker = "Chi bộ phân trang " + OrgUnits.uniqueCode();
        for (int i = 0; i < 5; i++) {
            OrgUnits.create(marker + " " + i);
        }
        List<String> names = new java.util.ArrayList<>();
        String token = null;
        do {
            Map<String, Object> query = new HashMap<>(Map.of("q", marker, "limit", 2));
            if (token != null) {
                query.put("pageToken", token);
            }
            var page = given().queryParams(query).when().get("/api/v1/org-units").then().statusCode(200).extract();
            names.addAll(page.path("items.name"));
            token = page.path("nextPageToken");
        } while (token != null);
        assertThat(names).containsExactlyInAnyOrder(marker + " 0", marker + " 1", marker + " 2", marker + " 3",
                marker + " 4");
    }

    @Test
    void shouldRankAnExactNameFirstThenNamesStartingWithTheQuery() {
        String marker = "Ban Tuyên giáo " + OrgUnits.uniqueCode();
        String inside = OrgUnits.create("Phó " + marker);
        String prefix = OrgUnits.create(marker + " Tỉnh ủy");
        String exact = OrgUnits.create(marker);

        given().queryParam("q", marker.toUpperCase().replace("Ê", "E").replace("Á", "A")).when().get("/api/v1/org-units")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(exact, prefix, inside));
    }

    @Test
    void shouldFindAUnitByCodeInAnyCase() {
        String code = OrgUnits.uniqueCode();
        OrgUnits.post(Map.of("code", code, "name", "Ban Tổ chức Tỉnh ủy", "kind", "ADVISORY_BOARD"))
                .statusCode(201);
        given().queryParam("code", code.toLowerCase()).when().get("/api/v1/org-units")
                .then().statusCode(200).body("items.code", org.hamcrest.Matchers.contains(code));
    }

    @Test
    void shouldAttachAChildToItsParent() {
        // A grassroots committee sits under a district-level committee before 1 July 2025 (rule org.unit-kinds).
        String parent = Cases.unit("Thành ủy Vĩnh Yên", "DISTRICT_PARTY_COMMITTEE", null);
        OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", "Đảng bộ phường Ngô Quyền",
                        "kind", "GRASSROOTS_PARTY_COMMITTEE", "parentId", parent, "validFrom", "2021-01-01"))
                .statusCode(201).body("parentId", equalTo(parent));
    }
}
