package vn.tochuc.org.rules;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Map;
import vn.tochuc.org.domain.OrgUnitKind;
import vn.tochuc.platform.rules.RuleValuesFields;

/**
 * The shapes org-service reads its rules' values in, so a version an administrator adds that the decisions could not
 * read is refused (400) when it is sent, not when the next unit is established.
 */
final class OrgRuleChecks {

    private OrgRuleChecks() {
    }

    /** org.unit-kinds: {kinds: {KIND: [PARENT_KIND, ...]}}, every kind a known one. */
    @ApplicationScoped
    static class UnitKinds extends RuleValuesFields {

        UnitKinds() {
            super(OrgRules.UNIT_KINDS);
        }

        @Override
        protected void check(JsonNode values, Problems problems) {
            JsonNode kinds = values.path("kinds");
            if (!problems.map(kinds, "kinds", "must map each kind code to the list of kinds it may sit under")) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = kinds.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> kind = it.next();
                String field = "kinds." + kind.getKey();
                problems.require(OrgUnitKind.findById(kind.getKey()) != null, field,
                        "is not a kind; GET /api/v1/org-unit-kinds lists them");
                if (!problems.require(kind.getValue().isArray(), field,
                        "must be a list of parent kind codes ([] for the top)")) {
                    continue;
                }
                for (JsonNode parent : kind.getValue()) {
                    problems.require(parent.isTextual() && kinds.has(parent.asText()), field, "names parent " + parent
                            + ", which is not a kind of this version");
                }
            }
        }
    }

    /** org.discipline-forms: {subjectCategories: [..], forms: [{code, nameVi, dissolves}]}. */
    @ApplicationScoped
    static class DisciplineForms extends RuleValuesFields {

        DisciplineForms() {
            super(OrgRules.DISCIPLINE_FORMS);
        }

        @Override
        protected void check(JsonNode values, Problems problems) {
            problems.list(values.path("subjectCategories"), "subjectCategories", "must list the kind categories "
                    + "disciplined as organizations, e.g. [\"PARTY_ORGANIZATION\"]");
            JsonNode forms = values.path("forms");
            if (!problems.list(forms, "forms", "must list the forms as {code, nameVi, dissolves}")) {
                return;
            }
            for (int i = 0; i < forms.size(); i++) {
                JsonNode form = forms.get(i);
                problems.code(form.path("code"), "forms[" + i + "].code", "[A-Z][A-Z_]*", "must be an upper-case code");
                problems.require(form.path("dissolves").isBoolean(), "forms[" + i + "].dissolves",
                        "must be true or false");
            }
        }
    }

    /** org.terms: {lengthYears: {SCOPE: years}, scopeByCategory: {CATEGORY: SCOPE}}. */
    @ApplicationScoped
    static class Terms extends RuleValuesFields {

        Terms() {
            super(OrgRules.TERMS);
        }

        @Override
        protected void check(JsonNode values, Problems problems) {
            JsonNode lengths = values.path("lengthYears");
            if (!problems.map(lengths, "lengthYears", "must map each scope to its length in years")) {
                return;
            }
            lengths.fields().forEachRemaining(e -> problems.require(e.getValue().canConvertToInt()
                    && e.getValue().asInt() >= 1 && e.getValue().asInt() <= 10, "lengthYears." + e.getKey(),
                    "must be 1 to 10 years"));
            values.path("scopeByCategory").fields().forEachRemaining(e -> problems.require(
                    lengths.has(e.getValue().asText()), "scopeByCategory." + e.getKey(), "names scope "
                    + e.getValue() + ", which lengthYears does not give"));
        }
    }
}
