package vn.tochuc.platform.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code nextPageToken} is absent on the last page. */
@Schema(description = "One page of a list: at most " + PageTokens.MAX_LIMIT + " items (limit 1-" + PageTokens.MAX_LIMIT
        + ", default " + PageTokens.DEFAULT_LIMIT + "; a larger limit is refused with 400). Carries a weak ETag; "
        + "If-None-Match with it answers 304 while the page is unchanged.")
public record Page<T>(
        List<T> items,
        @Schema(description = "Pass as pageToken to get the next page; absent on the last page",
                example = "MjAyNS0wNy0wMVQwODozMDowMCswNzowMB81YjNlOGYyYS03YzQxLTRkOWUtYTZiMC0yZjFjOWQ4ZTRhNzM")
        String nextPageToken) {

    /**
     * Assembles a page from rows fetched with one more than {@code limit}: the extra row only tells that another
     * page follows, and the token continues after the last row shown.
     *
     * @param rows up to {@code limit + 1} rows in the keyset's order
     * @param token the sort key of a row, as {@link PageTokens#encode} makes it
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> item, Function<R, String> token) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        return new Page<>(shown.stream().map(item).toList(),
                more ? token.apply(shown.get(shown.size() - 1)) : null);
    }
}
