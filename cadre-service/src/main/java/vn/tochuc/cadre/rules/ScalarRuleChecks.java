package vn.tochuc.cadre.rules;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.rules.RuleValuesCheck;

/** Checks of the rules whose values are a few numbers and names (full membership, rating cap). */
final class ScalarRuleChecks {

    private ScalarRuleChecks() {
    }

    static void wholeNumber(List<Problem.FieldError> problems, JsonNode values, String field, int min, int max) {
        JsonNode n = values.path(field);
        if (!n.isInt() || n.asInt() < min || n.asInt() > max) {
            problems.add(new Problem.FieldError("values." + field, "must be a whole number from " + min + " to "
                    + max));
        }
    }

    @Singleton
    static class FullMembership implements RuleValuesCheck {
        @Override
        public boolean appliesTo(String rule) {
            return rule.equals("cadre.full-membership");
        }

        @Override
        public List<Problem.FieldError> problems(JsonNode values) {
            List<Problem.FieldError> problems = new ArrayList<>();
            wholeNumber(problems, values, "probationaryMonths", 1, 36);
            return problems;
        }
    }

    @Singleton
    static class RatingCap implements RuleValuesCheck {
        @Override
        public boolean appliesTo(String rule) {
            return rule.equals("cadre.rating.excellent-cap");
        }

        @Override
        public List<Problem.FieldError> problems(JsonNode values) {
            List<Problem.FieldError> problems = new ArrayList<>();
            wholeNumber(problems, values, "percent", 1, 100);
            String base = values.path("base").asText();
            if (!base.equals("GOOD") && !base.equals("GOOD_OR_BETTER")) {
                problems.add(new Problem.FieldError("values.base", "must be GOOD (of those rated good) or "
                        + "GOOD_OR_BETTER (of those rated good or excellent)"));
            }
            return problems;
        }
    }
}
