package vn.tochuc.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Assembles the example of a request or response body from its schema, so that every body in the document shows one
 * and it stays in step with the schema: a schema's own example wins (the records' {@code @Schema(example = ...)},
 * where a made-up value would mislead: names, national ids, codes), otherwise it is built from what the schema says:
 * an enumeration's first value, a format (date, date-time, uuid), the limits (minimum, maximum, minLength,
 * maxLength, minItems), an array with one item, an object with each of its properties, a {@code $ref} resolved
 * among the components. A schema that refers to itself, directly or not, is cut where it comes round again: the
 * property is left out (an array of it is empty), so an example is always finite.
 *
 * <p>What it cannot make valid (a pattern none of its plain values match) it leaves out rather than invent; the
 * lint ({@code oas3-valid-media-example}) then names the field, which needs an example of its own.
 */
public final class ExampleAssembler {

    /** Which side of the exchange the body is on: a request leaves out readOnly fields, a response writeOnly ones. */
    public enum Side {
        REQUEST, RESPONSE
    }

    static final String DATE = "2025-07-01";
    static final String DATE_TIME = "2025-07-01T08:30:00+07:00";
    static final String UUID = "5b3e8f2a-7c41-4d9e-a6b0-2f1c9d8e4a73";
    static final String TEXT = "string";
    static final String MAP_KEY = "key";
    private static final String REF_PREFIX = "#/components/schemas/";
    /** Plain values tried, in order, against a pattern that has no example: common shapes of codes and periods. */
    private static final List<String> PATTERN_CANDIDATES = List.of(TEXT, "CODE", "01", "1", "2025-2030", "2025-07",
            DATE, "Q1");
    /** A pattern that is a choice of literal words, e.g. {@code CIVIL_SERVANT|PUBLIC_EMPLOYEE|CONTRACT}. */
    private static final Pattern LITERAL_CHOICE = Pattern.compile("\\^?\\(?([A-Za-z0-9_]+)(\\|[A-Za-z0-9_]+)*\\)?\\$?");

    private final Map<String, Schema> components;
    private final Side side;
    private final Deque<String> expanding = new ArrayDeque<>();

    private ExampleAssembler(Map<String, Schema> components, Side side) {
        this.components = components == null ? Map.of() : components;
        this.side = side;
    }

    /**
     * @param schema the body's schema
     * @param components the document's component schemas, by name, to resolve {@code $ref}s against
     * @return the example, empty when the schema says too little to build one (e.g. "any JSON value")
     */
    public static Optional<Object> of(Schema schema, Map<String, Schema> components, Side side) {
        return Optional.ofNullable(new ExampleAssembler(components, side).example(schema));
    }

    private Object example(Schema schema) {
        return example(schema, null);
    }

    /** @param name the property the schema describes, if any: ids of different properties get different uuids */
    private Object example(Schema schema, String name) {
        if (schema == null) {
            return null;
        }
        Object own = own(schema);
        if (own != null) {
            return own;
        }
        if (schema.getRef() != null) {
            return resolved(schema.getRef(), name);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return allOf(schema.getAllOf());
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return example(schema.getOneOf().get(0));
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return example(schema.getAnyOf().get(0));
        }
        List<Schema.SchemaType> types = schema.getType();
        if (types == null || types.isEmpty()) {
            return schema.getProperties() != null ? object(schema) : null;
        }
        return switch (types.get(0)) {
            case OBJECT -> object(schema);
            case ARRAY -> array(schema, name);
            case STRING -> text(schema, name);
            case INTEGER -> number(schema, true);
            case NUMBER -> number(schema, false);
            case BOOLEAN -> Boolean.TRUE;
            case NULL -> null;
        };
    }

    /** What the schema itself offers: its example, its constant, its default, the first of its values. */
    @SuppressWarnings("deprecation")
    private static Object own(Schema schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getConstValue() != null) {
            return schema.getConstValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        return schema.getDefaultValue();
    }

    private Object resolved(String ref, String property) {
        if (!ref.startsWith(REF_PREFIX)) {
            return null;
        }
        String name = ref.substring(REF_PREFIX.length());
        Schema target = components.get(name);
        if (target == null || expanding.contains(name)) {
            return null;
        }
        expanding.push(name);
        try {
            return example(target, property);
        } finally {
            expanding.pop();
        }
    }

    private Object allOf(List<Schema> parts) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Schema part : parts) {
            Object example = example(part);
            if (example instanceof Map<?, ?> map) {
                map.forEach((key, value) -> merged.put(String.valueOf(key), value));
            } else if (example != null && parts.size() == 1) {
                return example;
            }
        }
        return merged.isEmpty() ? null : merged;
    }

    private Object object(Schema schema) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                if (!leftOut(property)) {
                    Object value = example(property, name);
                    if (value != null) {
                        object.put(name, value);
                    }
                }
            });
        }
        if (object.isEmpty() && schema.getAdditionalPropertiesSchema() != null) {
            Object value = example(schema.getAdditionalPropertiesSchema());
            if (value != null) {
                object.put(MAP_KEY, value);
            }
        }
        return object;
    }

    private boolean leftOut(Schema property) {
        return side == Side.REQUEST ? Boolean.TRUE.equals(property.getReadOnly())
                : Boolean.TRUE.equals(property.getWriteOnly());
    }

    private List<Object> array(Schema schema, String name) {
        List<Object> array = new ArrayList<>();
        Object item = example(schema.getItems(), name);
        if (item != null) {
            int count = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
            for (int i = 0; i < count; i++) {
                array.add(item);
            }
        }
        return array;
    }

    private static Object text(Schema schema, String name) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value = switch (format) {
            case "date" -> DATE;
            case "date-time" -> DATE_TIME;
            case "uuid" -> uuid(name);
            case "binary", "byte" -> null;
            default -> patterned(schema.getPattern());
        };
        if (value == null) {
            return null;
        }
        if (schema.getMinLength() != null && value.length() < schema.getMinLength()) {
            value = value + "x".repeat(schema.getMinLength() - value.length());
        }
        if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
            value = value.substring(0, schema.getMaxLength());
        }
        return value;
    }

    /** One uuid per property name, so that an example's id and parentId differ as they would in an answer. */
    static String uuid(String name) {
        return name == null ? UUID
                : java.util.UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** A plain value the pattern finds (JSON Schema patterns are searches, not whole matches), or none. */
    private static String patterned(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return TEXT;
        }
        var choice = LITERAL_CHOICE.matcher(pattern);
        if (choice.matches()) {
            return choice.group(1);
        }
        try {
            Pattern compiled = Pattern.compile(pattern);
            return PATTERN_CANDIDATES.stream().filter(candidate -> compiled.matcher(candidate).find()).findFirst()
                    .orElse(null);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** 1 where the limits allow it, otherwise the nearest limit. */
    private static Object number(Schema schema, boolean integer) {
        BigDecimal value = BigDecimal.ONE;
        BigDecimal low = schema.getMinimum() != null ? schema.getMinimum() : schema.getExclusiveMinimum();
        BigDecimal high = schema.getMaximum() != null ? schema.getMaximum() : schema.getExclusiveMaximum();
        if (low != null && value.compareTo(low) <= 0) {
            value = schema.getMinimum() != null ? low : low.add(BigDecimal.ONE);
        }
        if (high != null && value.compareTo(high) >= 0) {
            value = schema.getMaximum() != null ? high : high.subtract(BigDecimal.ONE);
        }
        return integer ? (Object) value.longValue() : value;
    }
}
