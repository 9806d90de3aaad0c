package vn.tochuc.platform.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the changes between a published OpenAPI document and a new one that would break a client built against
 * the published one, under one path prefix (/api/v1): an operation removed, a parameter removed or newly required,
 * a request body newly required, a request field removed or newly required, a response field removed or no longer
 * always present, a type changed, an input narrowed (shorter maxLength, smaller maximum, fewer enum values, a new
 * pattern or format). Additions are not breaking: new operations, optional inputs, response fields, wider limits.
 *
 * <p>Direction matters: what a client sends (parameters, request bodies) may only accept more; what it reads
 * (response bodies) may only give more. Schemas are compared through their $refs, each pair once.
 */
public final class CompatibilityCheck {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    /** Which way a schema goes: what a client sends (parameters, request bodies) or what it reads (answers). */
    private enum Side {
        SENT, READ
    }

    private final JsonNode published;
    private final JsonNode proposed;
    private final List<String> breaks = new ArrayList<>();
    private final Set<String> compared = new HashSet<>();

    private CompatibilityCheck(JsonNode published, JsonNode proposed) {
        this.published = published;
        this.proposed = proposed;
    }

    /** @return one line per breaking change, empty when a client of {@code published} keeps working */
    public static List<String> breakingChanges(JsonNode published, JsonNode proposed, String pathPrefix) {
        CompatibilityCheck check = new CompatibilityCheck(published, proposed);
        check.paths(pathPrefix);
        return List.copyOf(check.breaks);
    }

    private void paths(String prefix) {
        Iterator<Map.Entry<String, JsonNode>> paths = published.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            JsonNode newItem = proposed.path("paths").path(path.getKey());
            for (String method : METHODS) {
                JsonNode oldOperation = path.getValue().path(method);
                if (oldOperation.isMissingNode()) {
                    continue;
                }
                String where = method.toUpperCase() + " " + path.getKey();
                JsonNode newOperation = newItem.path(method);
                if (newOperation.isMissingNode()) {
                    breaks.add(where + ": operation removed");
                    continue;
                }
                operation(where, path.getValue(), oldOperation, newItem, newOperation);
            }
        }
    }

    private void operation(String where, JsonNode oldItem, JsonNode oldOperation, JsonNode newItem,
            JsonNode newOperation) {
        Map<String, JsonNode> oldParameters = parameters(published, oldItem, oldOperation);
        Map<String, JsonNode> newParameters = parameters(proposed, newItem, newOperation);
        oldParameters.forEach((key, oldParameter) -> {
            JsonNode newParameter = newParameters.get(key);
            if (newParameter == null) {
                breaks.add(where + ": parameter " + key + " removed");
                return;
            }
            if (newParameter.path("required").asBoolean(false) && !oldParameter.path("required").asBoolean(false)) {
                breaks.add(where + ": parameter " + key + " is now required");
            }
            schema(Side.SENT, where + " parameter " + key, oldParameter.path("schema"), newParameter.path("schema"));
        });
        newParameters.forEach((key, newParameter) -> {
            if (!oldParameters.containsKey(key) && newParameter.path("required").asBoolean(false)) {
                breaks.add(where + ": new required parameter " + key);
            }
        });
        JsonNode oldBody = resolve(published, oldOperation.path("requestBody"));
        JsonNode newBody = resolve(proposed, newOperation.path("requestBody"));
        if (!newBody.isMissingNode()) {
            if (newBody.path("required").asBoolean(false) && !oldBody.path("required").asBoolean(false)) {
                breaks.add(where + ": the request body is now required");
            }
            content(Side.SENT, where + " request body", oldBody, newBody,
                    type -> where + ": request body " + type + " no longer accepted");
        } else if (!oldBody.isMissingNode()) {
            breaks.add(where + ": the request body is no longer accepted");
        }
        Iterator<Map.Entry<String, JsonNode>> responses = oldOperation.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            String code = response.getKey();
            JsonNode newResponse = resolve(proposed, newOperation.path("responses").path(code));
            if (newResponse.isMissingNode()) {
                breaks.add(where + ": answer " + code + " removed");
                continue;
            }
            content(Side.READ, where + " answer " + code, resolve(published, response.getValue()), newResponse,
                    type -> where + ": answer " + code + " no longer " + type);
        }
    }

    /** Each media type of the old request body or answer must still be there, with a compatible schema. */
    private void content(Side side, String where, JsonNode oldBody, JsonNode newBody, Function<String, String> gone) {
        Iterator<Map.Entry<String, JsonNode>> types = oldBody.path("content").fields();
        while (types.hasNext()) {
            Map.Entry<String, JsonNode> type = types.next();
            JsonNode newType = newBody.path("content").path(type.getKey());
            if (newType.isMissingNode()) {
                breaks.add(gone.apply(type.getKey()));
            } else {
                schema(side, where, type.getValue().path("schema"), newType.path("schema"));
            }
        }
    }

    /**
     * What a client sends (SENT: the new schema must accept every value the old one accepted) or reads (READ: the
     * new schema must still give every field the old one gave, of the same type). The two directions mirror each
     * other: what may only widen on one side may only narrow on the other.
     */
    private void schema(Side side, String where, JsonNode oldSchema, JsonNode newSchema) {
        if (!firstTime(side, oldSchema, newSchema)) {
            return;
        }
        oldSchema = resolve(published, oldSchema);
        newSchema = resolve(proposed, newSchema);
        if (oldSchema.isMissingNode() || newSchema.isMissingNode()) {
            return;
        }
        boolean sent = side == Side.SENT;
        // what must hold every type of the other: the new schema for a request, the old one for an answer
        Set<String> wider = types(sent ? newSchema : oldSchema);
        if (!wider.containsAll(types(sent ? oldSchema : newSchema)) && !wider.isEmpty()) {
            breaks.add(where + ": type " + (sent ? "narrowed" : "changed") + " from " + types(oldSchema) + " to "
                    + types(newSchema));
            return;
        }
        if (sent) {
            limits(where, oldSchema, newSchema);
        }
        // required fields: a request may not require more; an answer may not promise less
        Set<String> before = names((sent ? oldSchema : newSchema).path("required"));
        for (String field : names((sent ? newSchema : oldSchema).path("required"))) {
            if (!before.contains(field)) {
                breaks.add(where + ": field " + field + (sent ? " is now required" : " is no longer always given"));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = oldSchema.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode newField = newSchema.path("properties").path(field.getKey());
            if (newField.isMissingNode()) {
                breaks.add(where + ": field " + field.getKey() + " removed");
            } else {
                schema(side, where + "." + field.getKey(), field.getValue(), newField);
            }
        }
        schema(side, where + "[]", oldSchema.path("items"), newSchema.path("items"));
    }

    /** What a client may send must not be narrowed: limits, pattern, format, allowed values. */
    private void limits(String where, JsonNode oldSchema, JsonNode newSchema) {
        narrower(where, "maxLength", oldSchema, newSchema, true);
        narrower(where, "maxItems", oldSchema, newSchema, true);
        narrower(where, "maximum", oldSchema, newSchema, true);
        narrower(where, "minLength", oldSchema, newSchema, false);
        narrower(where, "minItems", oldSchema, newSchema, false);
        narrower(where, "minimum", oldSchema, newSchema, false);
        if (newSchema.has("pattern") && !newSchema.path("pattern").equals(oldSchema.path("pattern"))) {
            breaks.add(where + ": pattern " + newSchema.path("pattern").asText() + " added or changed");
        }
        if (newSchema.has("format") && !newSchema.path("format").equals(oldSchema.path("format"))) {
            breaks.add(where + ": format " + newSchema.path("format").asText() + " added or changed");
        }
        if (newSchema.has("enum")) {
            Set<JsonNode> allowed = new HashSet<>();
            newSchema.path("enum").forEach(allowed::add);
            if (!oldSchema.has("enum")) {
                breaks.add(where + ": now limited to " + newSchema.path("enum"));
            } else {
                oldSchema.path("enum").forEach(value -> {
                    if (!allowed.contains(value)) {
                        breaks.add(where + ": value " + value + " no longer accepted");
                    }
                });
            }
        }
    }

    /** A pair of named schemas is compared once per direction, so recursive ones (a tree's children) end. */
    private boolean firstTime(Side side, JsonNode oldSchema, JsonNode newSchema) {
        if (!oldSchema.has("$ref") && !newSchema.has("$ref")) {
            return true;
        }
        return compared.add(side + " " + oldSchema.path("$ref").asText() + " " + newSchema.path("$ref").asText());
    }

    private void narrower(String where, String keyword, JsonNode oldSchema, JsonNode newSchema, boolean upper) {
        JsonNode now = newSchema.path(keyword);
        if (!now.isNumber()) {
            return;
        }
        JsonNode before = oldSchema.path(keyword);
        boolean narrowed = !before.isNumber()
                || (upper ? now.decimalValue().compareTo(before.decimalValue()) < 0
                        : now.decimalValue().compareTo(before.decimalValue()) > 0);
        if (narrowed) {
            breaks.add(where + ": " + keyword + " narrowed from " + (before.isNumber() ? before.asText() : "none")
                    + " to " + now.asText());
        }
    }

    private static Map<String, JsonNode> parameters(JsonNode document, JsonNode item, JsonNode operation) {
        Map<String, JsonNode> byKey = new java.util.LinkedHashMap<>();
        for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(document, parameter);
                byKey.put(resolved.path("in").asText() + " " + resolved.path("name").asText(), resolved);
            }
        }
        return byKey;
    }

    /** The JSON types a schema allows (OpenAPI 3.1 takes a list); integer counts as a kind of number. */
    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (types.contains("number")) {
            types.add("integer");
        }
        return types;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    /** Follows local $refs (#/components/...); a schema that only wraps one $ref (allOf of one) is the ref. */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        for (int hops = 0; hops < 20 && node != null; hops++) {
            if (node.has("$ref")) {
                String ref = node.path("$ref").asText();
                if (!ref.startsWith("#/")) {
                    return node;
                }
                JsonNode target = document;
                for (String part : ref.substring(2).split("/")) {
                    target = target.path(part.replace("~1", "/").replace("~0", "~"));
                }
                node = target;
            } else if (node.has("allOf") && node.path("allOf").size() == 1 && !node.has("properties")) {
                node = node.path("allOf").get(0);
            } else {
                return node;
            }
        }
        return node == null ? MissingNode.getInstance() : node;
    }
}
