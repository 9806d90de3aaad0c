package vn.tochuc.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.tochuc.org.event.OrgUnitEvents;
import vn.tochuc.platform.testing.KafkaTestTopics;
import vn.tochuc.platform.testing.EventCatalog;

/** The event catalog integrators read (docs/events/asyncapi.yaml) says what org-service really sends. */
@QuarkusTest
class EventCatalogTest {

    @Test
    void shouldPublishTheCreatedEventExactlyAsTheCatalogExampleShowsIt() throws Exception {
        JsonNode catalog = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of(System.getProperty("tochuc.docs", "../docs"), "events", "asyncapi.yaml").toFile());
        JsonNode message = catalog.at("/components/messages/orgUnitCreatedV1");
        JsonNode example = message.at("/examples/0/payload");
        assertThat(message.path("name").asText()).isEqualTo(OrgUnitEvents.CREATED_V1);
        assertThat(catalog.at("/channels/orgUnit/address").asText()).isEqualTo(OrgUnitEvents.TOPIC);

        String id = OrgUnits.post(Map.of("code", OrgUnits.uniqueCode(), "name", "Tỉnh ủy mẫu", "shortName", "TU",
                "kind", "PROVINCIAL_PARTY_COMMITTEE", "validFrom", "2020-10-15")).statusCode(201).extract().path("id");
        List<ConsumerRecord<String, String>> records = KafkaTestTopics.ofSharedBroker()
                .readUntil(OrgUnitEvents.TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(20));
        JsonNode sent = new ObjectMapper().readTree(records.get(records.size() - 1).value());

        EventCatalog.assertDescribes(sent);
        JsonNode required = catalog.at("/components/schemas/orgUnitCreatedV1/allOf/1/properties/data/required");
        required.forEach(field -> assertThat(sent.path("data").path(field.asText()).isMissingNode())
                .as("required field %s", field.asText()).isFalse());
    }

    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
