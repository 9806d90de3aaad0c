package vn.tochuc.platform.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code nextPageToken} is absent on the last page. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Pass as pageToken to get the next page; absent on the last page") String nextPageToken) {
}
