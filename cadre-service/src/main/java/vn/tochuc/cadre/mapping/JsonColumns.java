package vn.tochuc.cadre.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.tochuc.cadre.domain.Decision;

/** Reads and writes the jsonb columns of appointments and disciplines (decisions, id lists) in one place. */
@ApplicationScoped
public class JsonColumns {

    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    JsonColumns(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public Decision decision(String text) {
        return read(text, new TypeReference<Decision>() {
        });
    }

    public List<UUID> ids(String text) {
        return text == null ? List.of() : read(text, IDS);
    }

    private <T> T read(String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            // Only this service writes these columns, through write(): unreadable JSON is a bug, not bad input.
            throw new IllegalStateException("A jsonb column is not readable as " + type.getType(), e);
        }
    }
}
