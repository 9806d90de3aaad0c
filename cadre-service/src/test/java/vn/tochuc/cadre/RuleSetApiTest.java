package vn.tochuc.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.testing.EventCatalog;
import vn.tochuc.platform.testing.KafkaTestTopics;

/** The rules API (platform-rules under /api/v1/rules/cadre): seeded versions, as of a day, adding a version. */
@QuarkusTest
class RuleSetApiTest {

    private static final String BARS = "cadre.discipline-bars.party";

    @Test
    void shouldListTheSeededRulesWithTheVersionInForceOnTheDayAsked() {
        given().queryParam("asOf", "2025-10-07").when().get(Rules.PATH).then().statusCode(200)
                .body("code", hasItem(BARS))
                .body("find { it.code == '" + BARS + "' }.inForce.basis.document", equalTo("296-QĐ/TW"))
                .body("find { it.code == '" + BARS + "' }.inForce.inForceUntil", equalTo("2025-10-07"));
        given().queryParam("asOf", "2025-10-08").when().get(Rules.PATH + "/" + BARS).then().statusCode(200)
                .body("inForce.basis.document", equalTo("377-QĐ/TW")).body("toConfirm", equalTo(true))
                .body("inForce.citation", containsString("(to confirm)"))
                .body("inForce.values.forms.WARNING.higherMonths", equalTo(36))
                .body("versions.find { it.basis.document == '80-QĐ/TW' }.inForceUntil", equalTo("2025-05-29"));
    }

    @Test
    void shouldAddAVersionOnTheCurrentETagAndPublishIt() throws IOException {
        String rule = "cadre.full-membership";
        String etag = Rules.etag(rule);
        String id = Rules.add(rule, etag, Rules.version("2031-03-01", Map.of("probationaryMonths", 18)))
                .statusCode(201).header("ETag", not(equalTo(etag))).body("recordedBy", equalTo("quan-tri"))
                .body("validFrom", equalTo("2031-03-01")).body("citation", equalTo("99-QĐ/TW (2031-03-01), Điều 3"))
                .extract().path("id");
        given().queryParam("asOf", "2031-02-28").when().get(Rules.PATH + "/" + rule).then().statusCode(200)
                .body("inForce.values.probationaryMonths", equalTo(12))
                .body("inForce.inForceUntil", equalTo("2031-02-28"));
        given().queryParam("asOf", "2031-03-01").when().get(Rules.PATH + "/" + rule).then().statusCode(200)
                .body("inForce.id", equalTo(id)).body("inForce.inForceUntil", nullValue());

        ObjectMapper json = new ObjectMapper();
        List<ConsumerRecord<String, String>> seen = KafkaTestTopics.ofSharedBroker().readUntil(Rules.TOPIC,
                r -> r.value().contains(id), Duration.ofSeconds(30));
        assertThat(seen).as("rule.version-added.v1 of version %s", id).isNotEmpty();
        JsonNode event = json.readTree(seen.get(seen.size() - 1).value());
        assertThat(seen.get(seen.size() - 1).key()).isEqualTo(rule);
        assertThat(event.path("type").asText()).isEqualTo("vn.tochuc.rule.version-added.v1");
        assertThat(event.at("/data/values/probationaryMonths").asInt()).isEqualTo(18);
        EventCatalog.assertDescribes(event);
        assertThat(EventCatalog.catalog().at("/channels/cadreRule/address").asText()).isEqualTo(Rules.TOPIC);
    }

    @Test
    void shouldRefuseAVersionWithoutIfMatch() {
        Rules.add("cadre.full-membership", null, Rules.version("2032-01-01", Map.of("probationaryMonths", 12)))
                .statusCode(428).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAVersionOnAStaleETag() {
        String rule = "cadre.discipline-forms.cadre";
        String etag = Rules.etag(rule);
        Map<String, Object> values = Map.of("forms", List.of("REPRIMAND", "WARNING", "REMOVAL_FROM_POST", "RECALL"),
                "postHolderOnly", List.of("REMOVAL_FROM_POST"));
        Rules.add(rule, etag, Rules.version("2033-01-01", values)).statusCode(201);
        Rules.add(rule, etag, Rules.version("2033-06-01", values)).statusCode(412)
                .contentType("application/problem+json").body("type", containsString("stale-version"));
    }

    @Test
    void shouldRefuseAVersionEndingBeforeItStarts() {
        String rule = "cadre.full-membership";
        Map<String, Object> body = new java.util.HashMap<>(Rules.version("2034-01-01",
                Map.of("probationaryMonths", 12)));
        body.put("validTo", "2033-12-31");
        Rules.add(rule, Rules.etag(rule), body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("validTo"));
    }

    @Test
    void shouldRefuseAVersionWithoutBasisOrValues() {
        String rule = "cadre.full-membership";
        Rules.add(rule, Rules.etag(rule), Map.of("validFrom", "2034-01-01", "values", List.of(1)))
                .statusCode(400).contentType("application/problem+json");
        Rules.add(rule, Rules.etag(rule), Rules.version("01/02/2034", Map.of()))
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownRule() {
        given().when().get(Rules.PATH + "/cadre.no-such-rule").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("asOf", "yesterday").when().get(Rules.PATH).then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void shouldLetOnlyAnAdministratorAddAVersion() {
        String rule = "cadre.full-membership";
        given().contentType(ContentType.JSON).header(Tokens.as("can-bo-ban")).header("If-Match", Rules.etag(rule))
                .body(Rules.version("2035-01-01", Map.of("probationaryMonths", 12))).when()
                .post(Rules.PATH + "/" + rule + "/versions").then().statusCode(403);
    }
}
