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
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
            return tagged(Response.notModified(), tag);
        }
        return tagged(Response.fromResponse(answer(mapper, type, producer)), tag);
    }

    /**
     * As {@link #answer(ObjectMapper, Class, EntityTag, String, Consumer)}, for lists whose items the caller writes
     * itself onto the array's generator (e.g. straight from a JDBC row, with no object per item): {@code writer} is
     * called once, inside the read transaction, and must write each item as one complete JSON value. The answer leaves
     * as it is written; {@code keeper} may have a copy of it kept (see {@link Keeper}), to answer the same tag again
     * with {@link #again}.
     */
    public static Response written(ObjectMapper mapper, EntityTag tag, String ifNoneMatch, ItemsWriter writer,
            Keeper keeper) {
        if (EntityVersions.notModified(ifNoneMatch, tag)) {
            return tagged(Response.notModified(), tag);
        }
        StreamingOutput body = out -> {
            // asked when the body is written, not when the answer is built: an answer never written reserves nothing
            int room = keeper.room();
            byte[] whole = null;
            try {
                Copy copy = new Copy(out, room);
                try (JsonGenerator json = mapper.getFactory().createGenerator(copy)) {
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
                whole = copy.whole();
            } finally {
                keeper.done(room, whole);
            }
        };
        return tagged(Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")), tag);
    }

    /**
     * Where the bytes of a {@link #written} answer may be kept. The copy is held in memory while the answer is
     * written, besides what the answer itself needs, so the keeper says how much room each answer may take: a cache
     * bounds the sum of the copies being made, or many large answers written at once would each hold one.
     */
    public interface Keeper {

        /** Bytes this answer may copy (0: none), reserved before its first byte until {@link #done}. */
        int room();

        /**
         * Called once when the answer is over, written or not: {@code whole} is the body when it was written to its
         * end within {@code room}, null otherwise. Frees {@code room}.
         */
        void done(int room, byte[] whole);
    }

    /**
     * A body {@link #written} earlier under the same {@code tag}, answered again (or 304 when the caller holds it):
     * the tag comes from a stamp of the data, so equal tags mean equal bodies.
     */
    public static Response again(EntityTag tag, String ifNoneMatch, byte[] body) {
        if (EntityVersions.notModified(ifNoneMatch, tag)) {
            return tagged(Response.notModified(), tag);
        }
        return tagged(Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")), tag);
    }

    /** Every answer of a tagged list, 200 or 304, carries its tag and asks to be revalidated before reuse. */
    private static Response tagged(Response.ResponseBuilder answer, EntityTag tag) {
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, WeakETags.CACHE_CONTROL).build();
    }

    /**
     * Passes every byte on, and keeps a copy of them while they stay within a limit. The copy is kept in blocks of
     * 64 kB and put together once at the end: a stream that doubles its array as it grows allocated about four times a
     * province's 4.3 MB answer, and in a service of a 128 MB heap that garbage made old-generation collections.
     */
    static final class Copy extends FilterOutputStream {
        private static final int BLOCK = 64 * 1024;

        private final int limit;
        private List<byte[]> blocks;
        /** Bytes kept, the last block's included. */
        private int size;
        private boolean closed;

        Copy(OutputStream out, int limit) {
            super(out);
            this.limit = limit;
            this.blocks = limit > 0 ? new ArrayList<>() : null;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (blocks != null && size + len > limit) {
                blocks = null;
            }
            while (blocks != null && len > 0) {
                int at = size % BLOCK;
                if (at == 0) {
                    blocks.add(new byte[Math.min(BLOCK, limit - size)]);
                }
                int n = Math.min(len, BLOCK - at);
                System.arraycopy(b, off, blocks.get(blocks.size() - 1), at, n);
                size += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }

        /** The copy, when the stream was closed (the whole array written) within the limit; null otherwise. */
        byte[] whole() {
            if (!closed || blocks == null) {
                return null;
            }
            byte[] whole = new byte[size];
            for (int i = 0; i < blocks.size(); i++) {
                System.arraycopy(blocks.get(i), 0, whole, i * BLOCK, Math.min(BLOCK, size - i * BLOCK));
            }
            return whole;
        }
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
