package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.event.EventOwnership;

/** The ownership table says what the services and the event catalog say, so the broker's ACLs fit them. */
class EventOwnershipTableTest {

    @Test
    void shouldListTheTopicsEachServiceConsumesAsItsConfigurationDoes() throws IOException {
        for (EventOwnership.Service service : EventOwnership.SERVICES) {
            Properties props = new Properties();
            try (Reader in = Files.newBufferedReader(
                    E2e.root().resolve(service.name()).resolve("src/main/resources/application.properties"))) {
                props.load(in);
            }
            assertThat(Arrays.asList(props.getProperty("tochuc.consumer.topics", "").split(",")))
                    .as(service.name()).containsExactlyInAnyOrderElementsOf(service.consumes());
        }
    }

    @Test
    void shouldOwnEveryChannelOfTheCatalogWithEveryMessageOfItsFamily() throws IOException {
        JsonNode catalog = new ObjectMapper(new YAMLFactory())
                .readTree(E2e.root().resolve("docs/events/asyncapi.yaml").toFile());
        JsonNode messages = catalog.at("/components/messages");
        catalog.path("channels").forEach(channel -> {
            String address = channel.path("address").asText();
            if (address.startsWith(EventOwnership.DEAD_LETTER_PREFIX)) {
                return;
            }
            EventOwnership.Topic topic = EventOwnership.topic(address).orElseThrow(() ->
                    new AssertionError(address + " is in the catalog but not in EventOwnership"));
            channel.path("messages").forEach(ref -> {
                String name = messages.path(ref.path("$ref").asText().replace("#/components/messages/", ""))
                        .path("name").asText();
                assertThat(name).as(address).startsWith(topic.typePrefix());
                // a family every service publishes on its own topic (rule versions) has one example: its source
                // must be the owner of one of the family's topics
                assertThat(messages.path(ref.path("$ref").asText().replace("#/components/messages/", ""))
                        .at("/examples/0/payload/source").asText()).as(name)
                        .isIn(EventOwnership.TOPICS.stream().filter(t -> t.typePrefix().equals(topic.typePrefix()))
                                .map(t -> EventOwnership.sourceOf(t.owner())).toList());
            });
        });
    }
}
