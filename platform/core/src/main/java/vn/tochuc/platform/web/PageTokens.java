package vn.tochuc.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * Opaque keyset cursors: a token holds the sort key of the last item returned, so paging stays stable while rows
 * are added, and a client cannot rely on its format.
 */
public final class PageTokens {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** Longer than any token this API makes (a few sort-key parts, base64url); refused before it is decoded. */
    public static final int MAX_TOKEN_LENGTH = 2048;
    private static final char SEPARATOR = '\u001f';

    private PageTokens() {
    }

    public static String encode(String... sortKey) {
        String joined = String.join(String.valueOf(SEPARATOR), sortKey);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the sort key parts the token holds, or an empty list for no token */
    public static List<String> decode(String token, int expectedParts) {
        if (token == null || token.isEmpty()) {
            return List.of();
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw ProblemException.invalid("pageToken", "is not a token this API gave out (they are at most "
                    + MAX_TOKEN_LENGTH + " characters); start again without it");
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() != expectedParts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("pageToken", ProblemText.of("field.page-token"));
        }
    }

    /** One part of a decoded token, parsed; a part that does not parse was not made by this API. */
    public static <T> T part(String part, Function<String, T> parse) {
        try {
            return parse.apply(part);
        } catch (RuntimeException e) {
            throw ProblemException.invalid("pageToken", ProblemText.of("field.page-token"));
        }
    }

    public static int limit(String requested) {
        return QueryParams.integer("limit", requested, DEFAULT_LIMIT, 1, MAX_LIMIT);
    }
}
