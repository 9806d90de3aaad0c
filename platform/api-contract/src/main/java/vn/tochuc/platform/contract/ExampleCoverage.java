package vn.tochuc.platform.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which bodies of an API document show no example: every request body and every 2xx answer with content should, so
 * that an integrator sees what to send and what comes back (the services' ContractFilter assembles them from the
 * schemas). A body that is a file in a binary format (an XLSX workbook) is left out: no document can hold one;
 * JSON and text bodies (CSV) are not.
 */
public final class ExampleCoverage {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private ExampleCoverage() {
    }

    /** @return one line per body without an example, e.g. {@code POST /api/v1/org-units: request application/json} */
    public static List<String> missing(JsonNode document) {
        List<String> missing = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            check(op.getValue().path("requestBody").path("content"), where + ": request ", missing);
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    check(response.getValue().path("content"), where + ": " + response.getKey() + " answer ",
                            missing);
                }
            });
        }));
        return missing;
    }

    private static void check(JsonNode content, String where, List<String> missing) {
        content.fields().forEachRemaining((Map.Entry<String, JsonNode> media) -> {
            boolean shown = media.getValue().hasNonNull("example")
                    || media.getValue().path("examples").size() > 0;
            if (!shown && textual(media.getKey())) {
                missing.add(where + media.getKey());
            }
        });
    }

    /** JSON (application/json, application/merge-patch+json, application/problem+json...) or text (text/csv). */
    static boolean textual(String mediaType) {
        String type = mediaType.split(";", 2)[0].trim().toLowerCase();
        return type.equals("application/json") || type.endsWith("+json") || type.startsWith("text/");
    }
}
