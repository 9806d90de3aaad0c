package vn.tochuc.org.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import vn.tochuc.platform.rules.RuleCitation;
import vn.tochuc.platform.rules.RuleVersion;
import vn.tochuc.platform.rules.Rules;

/**
 * org-service's rules, kept as effective-dated versions by platform-rules (seeded from rules/org-rules.json,
 * added to through /api/v1/rules/org): the kinds of unit and their parents, the discipline forms for a party
 * organization, the terms. A decision is judged by the version in force on its date.
 */
@ApplicationScoped
public class OrgRules {

    public static final String UNIT_KINDS = "org.unit-kinds";
    public static final String DISCIPLINE_FORMS = "org.discipline-forms";
    public static final String TERMS = "org.terms";

    private final Rules rules;

    OrgRules(Rules rules) {
        this.rules = rules;
    }

    /** The version of the rule in force on the day, if any. */
    public Optional<OrgRule> inForce(String rule, LocalDate date) {
        return RuleVersion.inForce(rule, date).map(this::view);
    }

    /** The version in force on the day; 422 naming the rule when none is. */
    public OrgRule require(String rule, LocalDate date) {
        return view(rules.inForce(rule, date));
    }

    /** Whether any version of the rule, whenever in force, names {@code field} under {@code parent}. */
    public boolean anyVersionNames(String rule, String parent, String field) {
        return RuleVersion.of(rule).stream().anyMatch(v -> rules.tree(v).path(parent).has(field));
    }

    private OrgRule view(RuleVersion v) {
        return new OrgRule(v.id, v.validFrom, v.toConfirm, RuleCitation.of(v), rules.tree(v));
    }
}
