package vn.tochuc.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.TreeSet;

/** The event catalog integrators read (docs/events/asyncapi.yaml), checked against events really sent. */
public final class EventCatalog {

    private static JsonNode catalog;

    private EventCatalog() {
    }

    public static synchronized JsonNode catalog() {
        if (catalog == null) {
            try {
                catalog = new ObjectMapper(new YAMLFactory()).readTree(
                        Path.of(System.getProperty("tochuc.docs", "../docs"), "events", "asyncapi.yaml").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalog;
    }

    /** The catalog has a message of the event's type whose example has the same fields, at every level. */
    public static void assertDescribes(JsonNode sent) {
        String type = sent.path("type").asText();
        JsonNode example = null;
        for (JsonNode message : catalog().at("/components/messages")) {
            if (type.equals(message.path("name").asText())) {
                example = message.at("/examples/0/payload");
            }
        }
        assertThat(example).as("a catalog message named %s", type).isNotNull();
        assertSameFields(sent, example, type);
    }

    private static void assertSameFields(JsonNode sent, JsonNode example, String path) {
        assertThat(names(sent)).as("fields of %s", path).isEqualTo(names(example));
        for (Iterator<String> it = sent.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (sent.get(field).isObject() && example.get(field).isObject()) {
                assertSameFields(sent.get(field), example.get(field), path + "." + field);
            }
        }
    }

    private static TreeSet<String> names(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
