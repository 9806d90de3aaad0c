package vn.tochuc.platform.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * A large list answered as a JSON array written while it is read from the database, item by item, instead of held
 * whole (rows, then response objects, then a byte buffer): the first bytes leave at once and the memory it takes
 * does not grow with the list. The same JSON a {@code List} would give, serialized by the application's mapper.
 *
 * <p>Check everything that can fail with a 4xx before calling {@link #answer}: once the first byte is sent the status
 * is fixed. The items are produced inside one read transaction of their own, as the body is written.
 */
public final class JsonArrayStream {

    private JsonArrayStream() {
    }

    /**
     * As {@link #answer(ObjectMapper, Class, Consumer)}, with a validator: 304 and nothing read when
     * {@code ifNoneMatch} names {@code tag}. The list is not held whole, so it cannot be digested as
     * {@link WeakETags} does: {@code tag} must come from a stamp of the data the list reads (see
     * {@link EntityVersions#weakTag(String...)}) that changes with every change of it.
     */
    public static <T> Response answer(ObjectMapper mapper, Class<T> type, EntityTag tag, String ifNoneMatch,
            Consumer<Consumer<T>> producer) {
        if (EntityVersions.notModified(ifNoneMatch, tag)) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, WeakETags.CACHE_CONTROL).build();
        }
        return Response.fromResponse(answer(mapper, type, producer)).tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, WeakETags.CACHE_CONTROL).build();
    }

    /**
     * As {@link #answer(ObjectMapper, Class, EntityTag, String, Consumer)}, for lists whose items the caller writes
     * itself onto the array's generator (e.g. straight from a JDBC row, with no object per item): {@code writer} is
     * called once, inside the read transaction, and must write each item as one complete JSON value.
     */
    public static Response written(ObjectMapper mapper, EntityTag tag, String ifNoneMatch, ItemsWriter writer) {
        if (EntityVersions.notModified(ifNoneMatch, tag)) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, WeakETags.CACHE_CONTROL).build();
        }
        StreamingOutput body = out -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
                json.writeStartArray();
                QuarkusTransaction.requiringNew().run(() -> {
                    try {
                        writer.writeItems(json);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                json.writeEndArray();
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, WeakETags.CACHE_CONTROL).build();
    }

    /** Writes the items of a {@link #written} array, each a whole JSON value, onto the array's generator. */
    @FunctionalInterface
    public interface ItemsWriter {
        void writeItems(JsonGenerator json) throws IOException;
    }

    /** The items of {@code type} that {@code producer} hands to its consumer, in order, as a 200 JSON array. */
    public static <T> Response answer(ObjectMapper mapper, Class<T> type, Consumer<Consumer<T>> producer) {
        // one flush at the end (and when the output buffer fills), not one per item
        ObjectWriter writer = mapper.writerFor(type).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        StreamingOutput body = out -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
                json.writeStartArray();
                QuarkusTransaction.requiringNew().run(() -> producer.accept(item -> {
                    try {
                        writer.writeValue(json, item);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                json.writeEndArray();
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
