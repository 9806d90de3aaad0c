package vn.tochuc.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the data of a consumed event as the consumer's own record of the contract. Fields the record does not name
 * are ignored, so a producer may add fields within a version without breaking its consumers.
 */
@ApplicationScoped
public class EventData {

    private final ObjectMapper mapper;

    EventData(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * @throws UnprocessableEventException when the event has no data or its data does not fit {@code type}: no retry
     *     would change that, so it is dead-lettered at once
     */
    public <T> T read(EventEnvelope event, Class<T> type) {
        T data;
        try {
            data = event.data() == null || event.data().isNull() ? null : mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException("Event " + event.id() + " (" + event.type() + ") has data that does "
                    + "not fit its contract: " + e.getMessage(), e);
        }
        if (data == null) {
            throw new UnprocessableEventException("Event " + event.id() + " (" + event.type() + ") has no data");
        }
        return data;
    }

    /**
     * Refuses an event that lacks a field its consumer cannot do without.
     *
     * @param fields the names of the fields, as the contract spells them, for the dead-letter reason
     * @throws UnprocessableEventException when any of {@code values} is null
     */
    public static void require(EventEnvelope event, String fields, Object... values) {
        for (Object value : values) {
            if (value == null) {
                throw new UnprocessableEventException("Event " + event.id() + " (" + event.type() + ") lacks one of "
                        + fields + ", which it must carry (docs/events/asyncapi.yaml)");
            }
        }
    }
}
