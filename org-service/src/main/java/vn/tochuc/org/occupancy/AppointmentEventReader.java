package vn.tochuc.org.occupancy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.UnprocessableEventException;

/** Reads an appointment event's data; a shape no retry can fix is unprocessable (dead-lettered at once). */
@ApplicationScoped
public class AppointmentEventReader {

    private final ObjectMapper mapper;

    AppointmentEventReader(ObjectMapper mapper) {
        // Producers may add fields within a version (see the catalog): unknown ones are ignored, not fatal.
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    <T> T read(EventEnvelope event, Class<T> type) {
        try {
            T data = event.data() == null ? null : mapper.treeToValue(event.data(), type);
            if (data == null) {
                throw new UnprocessableEventException("Event " + event.id() + " (" + event.type() + ") has no data");
            }
            return data;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException("Event " + event.id() + " has data that is not a "
                    + event.type() + ": " + (e instanceof JsonProcessingException json ? json.getOriginalMessage()
                    : e.getMessage()), e);
        }
    }

    static void require(EventEnvelope event, Object value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new UnprocessableEventException("Event " + event.id() + " (" + event.type() + ") lacks " + field);
        }
    }
}
