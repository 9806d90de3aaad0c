package vn.tochuc.platform.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * Where a changes feed ({@code GET .../changes?since=}) goes on: after the entry changed at {@code at} whose
 * tie-breaking {@code key} (an id, or a sequence number) is the one given, the feeds' (changedAt, key) order. It
 * travels as the feed's pageToken (or a syncToken), made and read by {@link PageTokens} like any other sort key, so
 * every feed reads and writes it the same way.
 *
 * @param <K> the key's type: UUID, Long...
 */
public record ChangeCursor<K>(OffsetDateTime at, K key) {

    /**
     * @param token a token an earlier page gave out, or null / empty for the first page
     * @param key parses the key part of the token
     * @return the cursor, or null for the first page; 400 (pageToken) for a token this API did not give out
     */
    public static <K> ChangeCursor<K> decode(String token, Function<String, K> key) {
        List<String> parts = PageTokens.decode(token, 2);
        return parts.isEmpty() ? null
                : new ChangeCursor<>(PageTokens.part(parts.get(0), OffsetDateTime::parse),
                        PageTokens.part(parts.get(1), key));
    }

    /** @return the token for the entry changed at {@code at} with {@code key}; null when there is none (last page) */
    public static String encode(OffsetDateTime at, Object key) {
        return at == null || key == null ? null : PageTokens.encode(at.toString(), key.toString());
    }

    public String encode() {
        return encode(at, key);
    }
}
