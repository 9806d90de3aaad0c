package vn.tochuc.cadre.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import vn.tochuc.cadre.domain.DisciplineForm;
import vn.tochuc.cadre.domain.DisciplineSystem;
import vn.tochuc.platform.rules.RuleValuesFields;

/** The values of the discipline rules (cadre.discipline-forms.* and cadre.discipline-bars.*) and their checks. */
public final class DisciplineRuleValues {

    /** Longest period a bar may name: anything longer is a typing error (months, not days). */
    static final int MAX_MONTHS = 240;

    private DisciplineRuleValues() {
    }

    /** Forms allowed: to full members / everyone, to probationary party members, only to someone holding a post. */
    public record Forms(List<DisciplineForm> forms, List<DisciplineForm> probationaryForms,
            List<DisciplineForm> postHolderOnly) {

        public List<DisciplineForm> forms(boolean probationary) {
            return probationary && probationaryForms != null ? probationaryForms : forms;
        }

        public boolean onlyForPostHolders(DisciplineForm form) {
            return postHolderOnly != null && postHolderOnly.contains(form);
        }
    }

    /** The two windows of a form: months barred from higher posts, from equal-or-higher posts. */
    public record Window(Integer higherMonths, Integer equalOrHigherMonths, boolean toConfirm) {
    }

    /** The windows of each form; a form without one bars nothing. */
    public record Bars(Map<DisciplineForm, Window> forms) {
    }

    static void check(ObjectMapper json, JsonNode values, Class<?> type, RuleValuesFields.Problems problems) {
        Object read;
        try {
            read = json.treeToValue(values, type);
        } catch (Exception e) {
            problems.add("", "cannot be read as " + type.getSimpleName() + ": " + e.getMessage().lines()
                    .findFirst().orElse("") + "; forms are " + List.of(DisciplineForm.values()));
            return;
        }
        if (read instanceof Forms f) {
            problems.require(f.forms() != null && !f.forms().isEmpty(), "forms", "must list at least one form");
        }
        if (read instanceof Bars b && problems.require(b.forms() != null, "forms", "must map each form to its "
                + "windows, e.g. {\"WARNING\": {\"higherMonths\": 36}}")) {
            b.forms().forEach((form, w) -> {
                months(problems, "forms." + form + ".higherMonths", w == null ? null : w.higherMonths());
                months(problems, "forms." + form + ".equalOrHigherMonths", w == null ? null : w.equalOrHigherMonths());
            });
        }
    }

    private static void months(RuleValuesFields.Problems problems, String field, Integer months) {
        problems.require(months == null || months >= 1 && months <= MAX_MONTHS, field, "must be a number of months "
                + "from 1 to " + MAX_MONTHS + ", or left out when the window does not apply");
    }

    /** One check per family of rules (one rule per system); singletons: nothing to proxy. */
    abstract static class Check extends RuleValuesFields {
        private final ObjectMapper json;
        private final Class<?> type;

        Check(ObjectMapper json, List<String> rules, Class<?> type) {
            super(rules);
            this.json = json;
            this.type = type;
        }

        @Override
        protected void check(JsonNode values, Problems problems) {
            DisciplineRuleValues.check(json, values, type, problems);
        }
    }

    @Singleton
    static class FormsCheck extends Check {
        FormsCheck(ObjectMapper json) {
            super(json, java.util.Arrays.stream(DisciplineSystem.values()).map(DisciplineSystem::formsRule).toList(),
                    Forms.class);
        }
    }

    @Singleton
    static class BarsCheck extends Check {
        BarsCheck(ObjectMapper json) {
            super(json, java.util.Arrays.stream(DisciplineSystem.values()).map(DisciplineSystem::barsRule).toList(),
                    Bars.class);
        }
    }
}
