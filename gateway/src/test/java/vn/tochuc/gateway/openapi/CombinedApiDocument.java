package vn.tochuc.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.platform.contract.ApiDocumentCheck;

/**
 * The combined document (docs/api/tochuc-api.yaml) as the gateway serves it at /openapi when every service answers:
 * the committed service documents merged by {@link OpenApiMerger}, in service-name order like the route table.
 * Each service's build has already checked that its committed document is the one it generates, so this one is the
 * build's too. Run by the gateway's build in the verify phase (exec-maven-plugin): {@code CombinedApiDocument DOCS_DIR};
 * it fails like {@link ApiDocumentCheck} (a /api/v1 break, or a difference) and writes under ./tochuc api-docs.
 */
public final class CombinedApiDocument {

    static final List<String> SERVICES = List.of("cadre-service", "org-service", "task-service");
    static final String NAME = "tochuc-api";
    /** Fixed, so the committed file does not change with the build's version number. */
    static final String VERSION = "1";

    private CombinedApiDocument() {
    }

    public static void main(String[] args) throws IOException {
        Path docs = Path.of(args[0]);
        ApiDocumentCheck.verify(NAME, combined(docs), docs.resolve(NAME + ".yaml"),
                Boolean.getBoolean("tochuc.api-docs.write"), Boolean.getBoolean("tochuc.api-docs.allow-breaking"));
    }

    static String combined(Path docs) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.SPLIT_LINES));
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (String service : SERVICES) {
            Path file = docs.resolve(service + ".yaml");
            if (!Files.isRegularFile(file)) {
                throw new ApiDocumentCheck.ContractBroken("No committed API document of " + service + " at " + file
                        + "; run " + ApiDocumentCheck.REGENERATE + " and commit docs/api/.");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> document = yaml.readValue(file.toFile(), LinkedHashMap.class);
            sources.add(new OpenApiMerger.Source(service, new JsonObject(document)));
        }
        OpenApiMerger.Result result = OpenApiMerger.merge(sources, List.of(), VERSION);
        if (!result.conflicts().isEmpty()) {
            throw new ApiDocumentCheck.ContractBroken("The services' API documents do not merge cleanly:\n  "
                    + String.join("\n  ", result.conflicts()));
        }
        // through JSON text: the merged JsonObject holds JsonObjects, which Jackson would write as beans
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = new ObjectMapper().readValue(result.document().encode(), LinkedHashMap.class);
        return yaml.writeValueAsString(plain);
    }
}
