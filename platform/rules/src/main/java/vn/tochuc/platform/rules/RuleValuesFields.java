package vn.tochuc.platform.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.platform.problem.Problem;

/**
 * A {@link RuleValuesCheck} that reads the values field by field: the rule it is for, and a collector
 * of the refusals with the checks every rule's values repeat (a list or map that must not be empty, a whole number
 * in a range, a code). Fields are named as the rules API answers them, under {@code values}.
 */
public abstract class RuleValuesFields implements RuleValuesCheck {

    private final List<String> rules;

    protected RuleValuesFields(String rule) {
        this(List.of(rule));
    }

    /** One check for a family of rules whose values have the same shape (one rule per discipline system). */
    protected RuleValuesFields(List<String> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public boolean appliesTo(String code) {
        return rules.contains(code);
    }

    @Override
    public List<Problem.FieldError> problems(JsonNode values) {
        Problems problems = new Problems();
        check(values, problems);
        return problems.list;
    }

    /** Adds to {@code problems} what is wrong with {@code values}; nothing when they are fine. */
    protected abstract void check(JsonNode values, Problems problems);

    /** The refusals of one version's values; each field is a path under "values" (kinds.X, forms[2].code). */
    public static final class Problems {

        private final List<Problem.FieldError> list = new ArrayList<>();

        /** Refuses {@code field} (a path under "values"; empty: the values as a whole). */
        public void add(String field, String message) {
            list.add(new Problem.FieldError(field.isEmpty() ? "values" : "values." + field, message));
        }

        /** True when {@code node} is a non-empty list; otherwise refuses {@code field} with {@code message}. */
        public boolean list(JsonNode node, String field, String message) {
            return require(node.isArray() && !node.isEmpty(), field, message);
        }

        /** True when {@code node} is a non-empty map; otherwise refuses {@code field} with {@code message}. */
        public boolean map(JsonNode node, String field, String message) {
            return require(node.isObject() && !node.isEmpty(), field, message);
        }

        /** A whole number from min to max, as {@code "must be a whole number from min to max"}. */
        public void wholeNumber(JsonNode node, String field, int min, int max) {
            require(node.isInt() && node.asInt() >= min && node.asInt() <= max, field,
                    "must be a whole number from " + min + " to " + max);
        }

        /** Text matching {@code pattern}; otherwise refuses {@code field} with {@code message}. */
        public boolean code(JsonNode node, String field, String pattern, String message) {
            return require(node.isTextual() && node.asText().matches(pattern), field, message);
        }

        /** True when {@code holds}; otherwise refuses {@code field} with {@code message}. */
        public boolean require(boolean holds, String field, String message) {
            if (!holds) {
                add(field, message);
            }
            return holds;
        }

        /** Absent and null are "not given": the optional fields of a version. */
        public static boolean given(JsonNode node) {
            return !node.isMissingNode() && !node.isNull();
        }
    }
}
