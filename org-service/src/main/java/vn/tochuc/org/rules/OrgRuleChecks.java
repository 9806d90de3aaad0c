package vn.tochuc.org.rules;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vn.tochuc.org.domain.OrgUnitKind;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.rules.RuleValuesCheck;

/**
 * The shapes org-service reads its rules' values in, so a version an administrator adds that the decisions could not
 * read is refused (400) when it is sent, not when the next unit is established.
 */
final class OrgRuleChecks {

    private OrgRuleChecks() {
    }

    /** org.unit-kinds: {kinds: {KIND: [PARENT_KIND, ...]}}, every kind a known one. */
    @ApplicationScoped
    static class UnitKinds implements RuleValuesCheck {

        @Override
        public boolean appliesTo(String rule) {
            return rule.equals(OrgRules.UNIT_KINDS);
        }

        @Override
        public List<Problem.FieldError> problems(JsonNode values) {
            List<Problem.FieldError> problems = new ArrayList<>();
            JsonNode kinds = values.path("kinds");
            if (!kinds.isObject() || kinds.isEmpty()) {
                problems.add(new Problem.FieldError("values.kinds", "must map each kind code to the list of kinds "
                        + "it may sit under"));
                return problems;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = kinds.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> kind = it.next();
                String field = "values.kinds." + kind.getKey();
                if (OrgUnitKind.findById(kind.getKey()) == null) {
                    problems.add(new Problem.FieldError(field, "is not a kind; GET /api/v1/org-unit-kinds lists them"));
                }
                if (!kind.getValue().isArray()) {
                    problems.add(new Problem.FieldError(field, "must be a list of parent kind codes ([] for the top)"));
                    continue;
                }
                for (JsonNode parent : kind.getValue()) {
                    if (!parent.isTextual() || !kinds.has(parent.asText())) {
                        problems.add(new Problem.FieldError(field, "names parent " + parent + ", which is not a kind "
                                + "of this version"));
                    }
                }
            }
            return problems;
        }
    }

    /** org.discipline-forms: {subjectCategories: [..], forms: [{code, nameVi, dissolves}]}. */
    @ApplicationScoped
    static class DisciplineForms implements RuleValuesCheck {

        @Override
        public boolean appliesTo(String rule) {
            return rule.equals(OrgRules.DISCIPLINE_FORMS);
        }

        @Override
        public List<Problem.FieldError> problems(JsonNode values) {
            List<Problem.FieldError> problems = new ArrayList<>();
            if (!values.path("subjectCategories").isArray() || values.path("subjectCategories").isEmpty()) {
                problems.add(new Problem.FieldError("values.subjectCategories", "must list the kind categories "
                        + "disciplined as organizations, e.g. [\"PARTY_ORGANIZATION\"]"));
            }
            JsonNode forms = values.path("forms");
            if (!forms.isArray() || forms.isEmpty()) {
                problems.add(new Problem.FieldError("values.forms", "must list the forms as {code, nameVi, dissolves}"));
                return problems;
            }
            for (int i = 0; i < forms.size(); i++) {
                JsonNode form = forms.get(i);
                if (!form.path("code").isTextual() || !form.path("code").asText().matches("[A-Z][A-Z_]*")) {
                    problems.add(new Problem.FieldError("values.forms[" + i + "].code", "must be an upper-case code"));
                }
                if (!form.path("dissolves").isBoolean()) {
                    problems.add(new Problem.FieldError("values.forms[" + i + "].dissolves", "must be true or false"));
                }
            }
            return problems;
        }
    }

    /** org.terms: {lengthYears: {SCOPE: years}, scopeByCategory: {CATEGORY: SCOPE}}. */
    @ApplicationScoped
    static class Terms implements RuleValuesCheck {

        @Override
        public boolean appliesTo(String rule) {
            return rule.equals(OrgRules.TERMS);
        }

        @Override
        public List<Problem.FieldError> problems(JsonNode values) {
            List<Problem.FieldError> problems = new ArrayList<>();
            JsonNode lengths = values.path("lengthYears");
            if (!lengths.isObject() || lengths.isEmpty()) {
                problems.add(new Problem.FieldError("values.lengthYears", "must map each scope to its length in years"));
                return problems;
            }
            lengths.fields().forEachRemaining(e -> {
                if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 1 || e.getValue().asInt() > 10) {
                    problems.add(new Problem.FieldError("values.lengthYears." + e.getKey(), "must be 1 to 10 years"));
                }
            });
            values.path("scopeByCategory").fields().forEachRemaining(e -> {
                if (!lengths.has(e.getValue().asText())) {
                    problems.add(new Problem.FieldError("values.scopeByCategory." + e.getKey(), "names scope "
                            + e.getValue() + ", which lengthYears does not give"));
                }
            });
            return problems;
        }
    }
}
