package vn.tochuc.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges the services' OpenAPI documents into one. Paths are disjoint by design; components with the same name
 * usually are the same shared type (Problem, Page...), so an identical one is taken once and a differing one
 * keeps the first service's version and is reported, since one schema name can only mean one thing.
 */
public final class OpenApiMerger {

    public static final String TITLE = "ToChuc API";
    public static final String SERVICES_EXTENSION = "x-tochuc-services";
    private static final String DEFAULT_OPENAPI_VERSION = "3.1.0";
    /** Relative: whichever gateway served the document, so one document serves every environment. */
    private static final JsonObject SERVER = new JsonObject().put("url", "/")
            .put("description", "The gateway that served this document, at the same paths in every environment: "
                    + "local (./tochuc run), staging and production")
            .put("x-internal", false);

    public record Source(String service, JsonObject document) {
    }

    public record Missing(String service, String reason) {
    }

    public record Result(JsonObject document, List<String> conflicts) {
    }

    private OpenApiMerger() {
    }

    public static Result merge(List<Source> sources, List<Missing> missing, String version) {
        List<String> conflicts = new ArrayList<>();
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        JsonArray tags = new JsonArray();
        JsonArray security = null;
        for (Source source : sources) {
            JsonObject doc = source.document();
            mergeNamed(paths, doc.getJsonObject("paths"), source.service(), "path", conflicts);
            JsonObject theirComponents = doc.getJsonObject("components", new JsonObject());
            for (Map.Entry<String, Object> section : theirComponents) {
                if (section.getValue() instanceof JsonObject entries) {
                    JsonObject ours = components.getJsonObject(section.getKey());
                    if (ours == null) {
                        ours = new JsonObject();
                        components.put(section.getKey(), ours);
                    }
                    mergeNamed(ours, entries, source.service(), "components." + section.getKey(), conflicts);
                }
            }
            mergeTags(tags, doc.getJsonArray("tags"));
            if (security == null && doc.getJsonArray("security") != null && !doc.getJsonArray("security").isEmpty()) {
                security = doc.getJsonArray("security");
            }
        }
        JsonObject merged = new JsonObject()
                .put("openapi", sources.isEmpty() ? DEFAULT_OPENAPI_VERSION
                        : sources.get(0).document().getString("openapi", DEFAULT_OPENAPI_VERSION))
                .put("info", new JsonObject().put("title", TITLE).put("version", version)
                        .put("description", description(sources, missing)))
                .put("servers", new JsonArray().add(SERVER.copy()));
        if (security != null) {
            merged.put("security", security);
        }
        if (!tags.isEmpty()) {
            merged.put("tags", tags);
        }
        merged.put("paths", paths).put("components", components).put(SERVICES_EXTENSION, services(sources, missing));
        return new Result(merged, conflicts);
    }

    private static void mergeNamed(JsonObject into, JsonObject from, String service, String what,
            List<String> conflicts) {
        if (from == null) {
            return;
        }
        for (Map.Entry<String, Object> entry : from) {
            Object existing = into.getValue(entry.getKey());
            if (existing == null) {
                into.put(entry.getKey(), entry.getValue());
            } else if (!existing.equals(entry.getValue())) {
                conflicts.add(what + " '" + entry.getKey() + "' of " + service + " differs from the one already merged;"
                        + " kept the first. Give one of them another name, or make them identical.");
            }
        }
    }

    private static void mergeTags(JsonArray into, JsonArray from) {
        if (from == null) {
            return;
        }
        for (Object tag : from) {
            if (tag instanceof JsonObject t && into.stream()
                    .noneMatch(o -> o instanceof JsonObject k && t.getString("name", "").equals(k.getString("name")))) {
                into.add(t);
            }
        }
    }

    private static String description(List<Source> sources, List<Missing> missing) {
        StringBuilder text = new StringBuilder("All ToChuc services behind this gateway, in one document: ");
        text.append(sources.isEmpty() ? "none answered" : String.join(", ", sources.stream().map(Source::service).toList()))
                .append('.');
        if (!missing.isEmpty()) {
            text.append(" Left out because they did not answer: ")
                    .append(String.join(", ", missing.stream().map(Missing::service).toList()))
                    .append("; reload later to see them.");
        }
        return text.toString();
    }

    private static JsonObject services(List<Source> sources, List<Missing> missing) {
        JsonArray unavailable = new JsonArray();
        missing.forEach(m -> unavailable.add(new JsonObject().put("service", m.service()).put("reason", m.reason())));
        return new JsonObject()
                .put("included", new JsonArray(sources.stream().map(Source::service).toList()))
                .put("unavailable", unavailable);
    }
}
