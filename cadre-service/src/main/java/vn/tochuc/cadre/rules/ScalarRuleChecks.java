package vn.tochuc.cadre.rules;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tochuc.cadre.domain.RetirementAge;
import vn.tochuc.cadre.domain.Sex;
import vn.tochuc.cadre.imports.EthnicityScheme;
import vn.tochuc.platform.rules.RuleValuesFields;

/** Checks of the rules whose values are a few numbers and names (full membership, rating cap). */
final class ScalarRuleChecks {

    private static final String THREE_DIGITS = "must be a three-digit code written as text, e.g. \"026\"";

    private ScalarRuleChecks() {
    }

    @Singleton
    static class FullMembership extends RuleValuesFields {
        FullMembership() {
            super("cadre.full-membership");
        }

        @Override
        protected void check(JsonNode values, Problems problems) {
            problems.wholeNumber(values.path("probationaryMonths"), "probationaryMonths", 1, 36);
        }
    }

    @Singleton
    static class RatingCap extends RuleValuesFields {
        RatingCap() {
            super("cadre.rating.excellent-cap");
        }

        @Override
        protected void check(JsonNode values, Problems problems) {
            problems.wholeNumber(values.path("percent"), "percent", 1, 100);
            String base = values.path("base").asText();
            problems.require(base.equals("GOOD") || base.equals("GOOD_OR_BETTER"), "base", "must be GOOD (of those "
                    + "rated good) or GOOD_OR_BETTER (of those rated good or excellent)");
            JsonNode unit = values.path("unit");
            problems.require(!Problems.given(unit) || unit.asText().equals("GRASSROOTS_ORGANIZATION")
                    || unit.asText().equals("SUBTREE"), "unit", "must be GRASSROOTS_ORGANIZATION (the cap holds in "
                    + "each grassroots organization) or SUBTREE (over the unit asked for and all below it)");
            JsonNode kinds = values.path("grassrootsKinds");
            boolean kindsListed = kinds.isArray() && !kinds.isEmpty();
            if (kindsListed) {
                for (int i = 0; i < kinds.size(); i++) {
                    problems.code(kinds.get(i), "grassrootsKinds[" + i + "]", "[A-Z][A-Z0-9_]*", "must be an org-unit "
                            + "kind code such as GRASSROOTS_PARTY_COMMITTEE");
                }
            }
            problems.require(kindsListed || !unit.asText().equals("GRASSROOTS_ORGANIZATION"), "grassrootsKinds",
                    "must list the org-unit kinds that are grassroots organizations when the unit is "
                            + "GRASSROOTS_ORGANIZATION");
        }
    }

    @Singleton
    static class NationalIdCodes extends RuleValuesFields {
        NationalIdCodes() {
            super("cadre.national-id");
        }

        @Override
        protected void check(JsonNode values, Problems problems) {
            JsonNode provinces = values.path("provinceCodes");
            if (problems.list(provinces, "provinceCodes", "must list the three-digit province codes, e.g. "
                    + "[\"001\", \"026\"]")) {
                for (int i = 0; i < provinces.size(); i++) {
                    problems.code(provinces.get(i), "provinceCodes[" + i + "]", "[0-9]{3}", THREE_DIGITS);
                }
            }
            JsonNode ranges = values.path("abroadCodeRanges");
            if (!Problems.given(ranges) || !problems.require(ranges.isArray(), "abroadCodeRanges", "must be a list "
                    + "of {from, to} ranges of three-digit codes")) {
                return;
            }
            for (int i = 0; i < ranges.size(); i++) {
                String at = "abroadCodeRanges[" + i + "]";
                problems.code(ranges.get(i).path("from"), at + ".from", "[0-9]{3}", THREE_DIGITS);
                problems.code(ranges.get(i).path("to"), at + ".to", "[0-9]{3}", THREE_DIGITS);
                problems.require(ranges.get(i).path("from").asText().compareTo(ranges.get(i).path("to").asText()) <= 0,
                        at, "ends before it starts");
            }
        }
    }

    /** cadre.ethnicity-codes: a stored list, and crosswalks of two-digit codes onto distinct stored codes. */
    @Singleton
    static class EthnicityCodes extends RuleValuesFields {
        private static final Set<String> SCHEMES = Arrays.stream(EthnicityScheme.values()).map(Enum::name)
                .collect(Collectors.toSet());

        EthnicityCodes() {
            super("cadre.ethnicity-codes");
        }

        @Override
        protected void check(JsonNode values, Problems problems) {
            problems.require(SCHEMES.contains(values.path("stored").asText()), "stored", "must be one of " + SCHEMES);
            JsonNode crosswalks = values.path("crosswalks");
            if (!problems.require(crosswalks.isMissingNode() || crosswalks.isObject(), "crosswalks",
                    "must map a list to its codes → stored codes")) {
                return;
            }
            crosswalks.fields().forEachRemaining(list -> {
                String at = "crosswalks." + list.getKey();
                problems.require(SCHEMES.contains(list.getKey()), at, "is not a list; lists are " + SCHEMES);
                Set<String> targets = new HashSet<>();
                list.getValue().fields().forEachRemaining(code -> {
                    if (problems.require(code.getKey().matches("[0-9]{2}") && code.getValue().isTextual()
                            && code.getValue().asText().matches("[0-9]{2}"), at + "." + code.getKey(), "must map a "
                            + "two-digit code to a two-digit stored code, e.g. \"04\": \"06\"")) {
                        problems.require(targets.add(code.getValue().asText()), at + "." + code.getKey(), "maps to "
                                + code.getValue().asText() + ", which another code of the list maps to already");
                    }
                });
            });
        }
    }

    /** cadre.retirement-overrides: grounds with a code, a kind, and month limits in a sensible range. */
    @Singleton
    static class RetirementOverrideGrounds extends RuleValuesFields {
        RetirementOverrideGrounds() {
            super("cadre.retirement-overrides");
        }

        @Override
        protected void check(JsonNode values, Problems problems) {
            JsonNode grounds = values.path("grounds");
            if (!problems.list(grounds, "grounds", "must list at least one ground")) {
                return;
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < grounds.size(); i++) {
                JsonNode g = grounds.get(i);
                String at = "grounds[" + i + "].";
                String code = g.path("code").asText("");
                if (problems.require(code.matches("[A-Z][A-Z0-9_]{0,59}"), at + "code", "must be a code such as "
                        + "HEAVY_HAZARDOUS_WORK")) {
                    problems.require(codes.add(code), at + "code", "names " + code + " a second time");
                }
                String kind = g.path("kind").asText("");
                problems.require(kind.equals("EARLY") || kind.equals("LATER"), at + "kind", "must be EARLY or LATER");
                String sex = g.path("sex").asText("");
                problems.require(!Problems.given(g.path("sex")) || sex.equals("MALE") || sex.equals("FEMALE"),
                        at + "sex", "must be MALE, FEMALE or null (both)");
                optionalMonths(problems, g, at, "maxMonthsEarlier", 180);
                optionalMonths(problems, g, at, "maxMonthsLater", 180);
                optionalMonths(problems, g, at, "maxAgeMonths", 960);
            }
        }

        private static void optionalMonths(Problems problems, JsonNode g, String at, String field, int max) {
            JsonNode n = g.path(field);
            problems.require(!Problems.given(n) || n.isInt() && n.asInt() >= 1 && n.asInt() <= max, at + field,
                    "must be a whole number of months from 1 to " + max + ", or null when it does not apply");
        }
    }

    /**
     * cadre.retirement-age: the year the roadmap starts and, for each sex, the age in its first year, the step a
     * year and the cap, in months, within what {@link RetirementAge} can search (50 to 75 years).
     */
    @Singleton
    static class RetirementAges extends RuleValuesFields {
        RetirementAges() {
            super("cadre.retirement-age");
        }

        @Override
        protected void check(JsonNode values, Problems problems) {
            problems.wholeNumber(values.path("startYear"), "startYear", 1900, 2200);
            JsonNode ages = values.path("ages");
            if (!problems.map(ages, "ages", "must give the ages of MALE and FEMALE, each as {startMonths, "
                    + "stepMonths, capMonths}")) {
                return;
            }
            for (Sex sex : Sex.values()) {
                JsonNode age = ages.path(sex.name());
                String at = "ages." + sex.name();
                if (!problems.require(age.isObject(), at, "must be {startMonths, stepMonths, capMonths}")) {
                    continue;
                }
                problems.wholeNumber(age.path("startMonths"), at + ".startMonths", RetirementAge.LOWEST_MONTHS,
                        RetirementAge.HIGHEST_MONTHS);
                problems.wholeNumber(age.path("stepMonths"), at + ".stepMonths", 0, 12);
                problems.wholeNumber(age.path("capMonths"), at + ".capMonths", RetirementAge.LOWEST_MONTHS,
                        RetirementAge.HIGHEST_MONTHS);
                problems.require(age.path("capMonths").asInt() >= age.path("startMonths").asInt(), at + ".capMonths",
                        "must not be below startMonths: the cap is the age the roadmap rises to");
            }
            ages.fieldNames().forEachRemaining(key -> problems.require(key.equals("MALE") || key.equals("FEMALE"),
                    "ages." + key, "is not a sex; ages are given for MALE and FEMALE"));
        }
    }
}
