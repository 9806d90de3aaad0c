package vn.tochuc.platform.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An integration event in CloudEvents 1.0 structured JSON form: what goes on the wire as the Kafka record value.
 *
 * <p>The type carries its version ({@code vn.tochuc.org.unit.created.v1}) so a consumer can tell contracts apart;
 * the subject is the aggregate id, which is also the Kafka key, so one aggregate's events stay in order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Kafka header value that marks a record as a structured-mode CloudEvent. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** Rejects envelopes that lack what every consumer relies on, so they can be dead-lettered with a reason. */
    public EventEnvelope validate() {
        requirePresent(id, "id");
        requirePresent(source, "source");
        requirePresent(type, "type");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("specversion must be 1.0 but was " + specversion);
        }
        return this;
    }

    private static void requirePresent(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("CloudEvents attribute '" + attribute + "' is missing");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventEnvelope other && Objects.equals(id, other.id) && Objects.equals(source, other.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source);
    }
}
