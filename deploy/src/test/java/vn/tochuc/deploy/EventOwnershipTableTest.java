package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    @Test
    void shouldListAReceiveOperationInTheCatalogForEveryTopicEachServiceConsumesAndNoOther() throws IOException {
        JsonNode catalog = catalog();
        for (EventOwnership.Service service : EventOwnership.SERVICES) {
            List<String> received = addressesOf(catalog, "receive", service.name());
            assertThat(received).as("topics the catalog says %s receives", service.name())
                    .containsExactlyInAnyOrderElementsOf(service.consumes());
        }
        catalog.path("operations").forEach(operation -> {
            if (operation.path("action").asText().equals("receive")) {
                assertThat(operation.path("messages")).as("a receive operation lists the types it applies")
                        .isNotEmpty();
                operation.path("messages").forEach(message -> assertThat(catalog.at(
                        message.path("$ref").asText().substring(1)).isMissingNode())
                        .as("%s names a message of its channel", message.path("$ref").asText()).isFalse());
            }
        });
    }

    @Test
    void shouldListTheSendOperationOfEveryTopicUnderItsOwnerAlone() throws IOException {
        JsonNode catalog = catalog();
        for (EventOwnership.Topic topic : EventOwnership.TOPICS) {
            assertThat(addressesOf(catalog, "send", topic.owner())).as("topics %s sends", topic.owner())
                    .contains(topic.name());
            EventOwnership.SERVICES.stream().filter(s -> !s.name().equals(topic.owner())).forEach(other ->
                    assertThat(addressesOf(catalog, "send", other.name())).as("topics %s sends", other.name())
                            .doesNotContain(topic.name()));
        }
    }

    private static JsonNode catalog() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(E2e.root().resolve("docs/events/asyncapi.yaml").toFile());
    }

    /** The addresses of the channels of the operations with this action that the service performs (its tag). */
    private static List<String> addressesOf(JsonNode catalog, String action, String service) {
        List<String> addresses = new ArrayList<>();
        catalog.path("operations").forEach(operation -> {
            boolean performs = false;
            for (JsonNode tag : operation.path("tags")) {
                performs |= tag.path("name").asText().equals(service);
            }
            if (performs && operation.path("action").asText().equals(action)) {
                String channel = operation.at("/channel/$ref").asText().replace("#/channels/", "");
                addresses.add(catalog.path("channels").path(channel).path("address").asText());
            }
        });
        return addresses;
    }
}
