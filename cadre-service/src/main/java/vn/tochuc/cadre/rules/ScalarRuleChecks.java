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
            JsonNode unit = values.path("unit");
            if (!unit.isMissingNode() && !unit.isNull() && !unit.asText().equals("GRASSROOTS_ORGANIZATION")
                    && !unit.asText().equals("SUBTREE")) {
                problems.add(new Problem.FieldError("values.unit", "must be GRASSROOTS_ORGANIZATION (the cap holds in "
                        + "each grassroots organization) or SUBTREE (over the unit asked for and all below it)"));
            }
            JsonNode kinds = values.path("grassrootsKinds");
            boolean kindsListed = kinds.isArray() && !kinds.isEmpty();
            if (kindsListed) {
                for (int i = 0; i < kinds.size(); i++) {
                    if (!kinds.get(i).isTextual() || !kinds.get(i).asText().matches("[A-Z][A-Z0-9_]*")) {
                        problems.add(new Problem.FieldError("values.grassrootsKinds[" + i + "]", "must be an org-unit "
                                + "kind code such as GRASSROOTS_PARTY_COMMITTEE"));
                    }
                }
            }
            if (unit.asText().equals("GRASSROOTS_ORGANIZATION") && !kindsListed) {
                problems.add(new Problem.FieldError("values.grassrootsKinds", "must list the org-unit kinds that are "
                        + "grassroots organizations when the unit is GRASSROOTS_ORGANIZATION"));
            }
            return problems;
        }
    }

    @Singleton
    static class NationalIdCodes implements RuleValuesCheck {
        @Override
        public boolean appliesTo(String rule) {
            return rule.equals("cadre.national-id");
        }

        @Override
        public List<Problem.FieldError> problems(JsonNode values) {
            List<Problem.FieldError> problems = new ArrayList<>();
            JsonNode provinces = values.path("provinceCodes");
            if (!provinces.isArray() || provinces.isEmpty()) {
                problems.add(new Problem.FieldError("values.provinceCodes", "must list the three-digit province "
                        + "codes, e.g. [\"001\", \"026\"]"));
            } else {
                for (int i = 0; i < provinces.size(); i++) {
                    code(problems, "values.provinceCodes[" + i + "]", provinces.get(i));
                }
            }
            JsonNode ranges = values.path("abroadCodeRanges");
            if (!ranges.isMissingNode() && !ranges.isNull()) {
                if (!ranges.isArray()) {
                    problems.add(new Problem.FieldError("values.abroadCodeRanges", "must be a list of {from, to} "
                            + "ranges of three-digit codes"));
                    return problems;
                }
                for (int i = 0; i < ranges.size(); i++) {
                    String at = "values.abroadCodeRanges[" + i + "]";
                    code(problems, at + ".from", ranges.get(i).path("from"));
                    code(problems, at + ".to", ranges.get(i).path("to"));
                    if (ranges.get(i).path("from").asText().compareTo(ranges.get(i).path("to").asText()) > 0) {
                        problems.add(new Problem.FieldError(at, "ends before it starts"));
                    }
                }
            }
            return problems;
        }

        private static void code(List<Problem.FieldError> problems, String field, JsonNode code) {
            if (!code.isTextual() || !code.asText().matches("[0-9]{3}")) {
                problems.add(new Problem.FieldError(field, "must be a three-digit code written as text, e.g. "
                        + "\"026\""));
            }
        }
    }

    /** cadre.ethnicity-codes: a stored list, and crosswalks of two-digit codes onto distinct stored codes. */
    @Singleton
    static class EthnicityCodes implements RuleValuesCheck {
        private static final java.util.Set<String> SCHEMES = java.util.Arrays.stream(
                vn.tochuc.cadre.imports.EthnicityScheme.values()).map(Enum::name).collect(
                java.util.stream.Collectors.toSet());

        @Override
        public boolean appliesTo(String rule) {
            return rule.equals("cadre.ethnicity-codes");
        }

        @Override
        public List<Problem.FieldError> problems(JsonNode values) {
            List<Problem.FieldError> problems = new ArrayList<>();
            if (!SCHEMES.contains(values.path("stored").asText())) {
                problems.add(new Problem.FieldError("values.stored", "must be one of " + SCHEMES));
            }
            JsonNode crosswalks = values.path("crosswalks");
            if (!crosswalks.isMissingNode() && !crosswalks.isObject()) {
                problems.add(new Problem.FieldError("values.crosswalks", "must map a list to its codes → stored codes"));
                return problems;
            }
            crosswalks.fields().forEachRemaining(list -> {
                String at = "values.crosswalks." + list.getKey();
                if (!SCHEMES.contains(list.getKey())) {
                    problems.add(new Problem.FieldError(at, "is not a list; lists are " + SCHEMES));
                }
                java.util.Set<String> targets = new java.util.HashSet<>();
                list.getValue().fields().forEachRemaining(code -> {
                    if (!code.getKey().matches("[0-9]{2}") || !code.getValue().isTextual()
                            || !code.getValue().asText().matches("[0-9]{2}")) {
                        problems.add(new Problem.FieldError(at + "." + code.getKey(), "must map a two-digit code to "
                                + "a two-digit stored code, e.g. \"04\": \"06\""));
                    } else if (!targets.add(code.getValue().asText())) {
                        problems.add(new Problem.FieldError(at + "." + code.getKey(), "maps to "
                                + code.getValue().asText() + ", which another code of the list maps to already"));
                    }
                });
            });
            return problems;
        }
    }

    /** cadre.retirement-overrides: grounds with a code, a kind, and month limits in a sensible range. */
    @Singleton
    static class RetirementOverrideGrounds implements RuleValuesCheck {
        @Override
        public boolean appliesTo(String rule) {
            return rule.equals("cadre.retirement-overrides");
        }

        @Override
        public List<Problem.FieldError> problems(JsonNode values) {
            List<Problem.FieldError> problems = new ArrayList<>();
            JsonNode grounds = values.path("grounds");
            if (!grounds.isArray() || grounds.isEmpty()) {
                problems.add(new Problem.FieldError("values.grounds", "must list at least one ground"));
                return problems;
            }
            java.util.Set<String> codes = new java.util.HashSet<>();
            for (int i = 0; i < grounds.size(); i++) {
                JsonNode g = grounds.get(i);
                String at = "values.grounds[" + i + "].";
                String code = g.path("code").asText("");
                if (!code.matches("[A-Z][A-Z0-9_]{0,59}")) {
                    problems.add(new Problem.FieldError(at + "code", "must be a code such as HEAVY_HAZARDOUS_WORK"));
                } else if (!codes.add(code)) {
                    problems.add(new Problem.FieldError(at + "code", "names " + code + " a second time"));
                }
                String kind = g.path("kind").asText("");
                if (!kind.equals("EARLY") && !kind.equals("LATER")) {
                    problems.add(new Problem.FieldError(at + "kind", "must be EARLY or LATER"));
                }
                String sex = g.path("sex").asText("");
                if (!g.path("sex").isMissingNode() && !g.path("sex").isNull() && !sex.equals("MALE")
                        && !sex.equals("FEMALE")) {
                    problems.add(new Problem.FieldError(at + "sex", "must be MALE, FEMALE or null (both)"));
                }
                optionalMonths(problems, g, at, "maxMonthsEarlier", 180);
                optionalMonths(problems, g, at, "maxMonthsLater", 180);
                optionalMonths(problems, g, at, "maxAgeMonths", 960);
            }
            return problems;
        }

        private static void optionalMonths(List<Problem.FieldError> problems, JsonNode g, String at, String field,
                int max) {
            JsonNode n = g.path(field);
            if (!n.isMissingNode() && !n.isNull() && (!n.isInt() || n.asInt() < 1 || n.asInt() > max)) {
                problems.add(new Problem.FieldError(at + field, "must be a whole number of months from 1 to " + max
                        + ", or null when it does not apply"));
            }
        }
    }
}
