package vn.tochuc.org.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.tochuc.org.domain.OrgUnitKind;
import vn.tochuc.org.domain.Term;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * Terms of office as rule data (rule {@value OrgRules#TERMS}): how long a term of each scope lasts, and which scope
 * a unit's congress belongs to by the category of its kind. The province's party congresses run 2020-2025 and
 * 2025-2030; the national congress, the National Assembly and the People's Councils 2021-2026 and 2026-2031.
 */
@ApplicationScoped
public class TermRules {

    private final OrgRules rules;

    TermRules(OrgRules rules) {
        this.rules = rules;
    }

    /** Refuses a new term whose length is not the one the rule in force when it starts gives its scope. */
    public void requireLength(String scope, int startYear, int endYear) {
        LocalDate start = LocalDate.of(startYear, 1, 1);
        OrgRule version = rules.require(OrgRules.TERMS, start);
        if (!version.values().path("lengthYears").has(scope)) {
            throw new ProblemException(422, "unknown-term-scope", ProblemText.of("unknown-term-scope")
                    .with("scope", scope).with("rule", version.citeText()).with("known", names(version)));
        }
        int years = version.values().path("lengthYears").path(scope).asInt();
        if (endYear - startYear != years) {
            throw new ProblemException(422, "term-length", ProblemText.of("term-length").with("scope", scope)
                    .with("start", startYear).with("years", years).with("rule", version.citeText())
                    .with("end", startYear + years).with("sent", endYear));
        }
    }

    /** Refuses a congress of a unit of this kind in a term of another scope than the rule gives its category. */
    public void requireScope(String kind, Term term, LocalDate date) {
        OrgUnitKind found = OrgUnitKind.findById(kind);
        OrgRule version = rules.require(OrgRules.TERMS, date);
        String scope = found == null ? null : version.values().path("scopeByCategory").path(found.category)
                .asText(null);
        if (scope != null && !scope.equals(term.scope)) {
            throw new ProblemException(422, "term-scope", ProblemText.of("term-scope").with("kind", kind)
                    .with("category", found.category).with("scope", scope).with("rule", version.citeText())
                    .with("term", term.code).with("termScope", term.scope));
        }
    }

    private static String names(OrgRule version) {
        StringBuilder known = new StringBuilder();
        version.values().path("lengthYears").fieldNames()
                .forEachRemaining(n -> known.append(known.length() == 0 ? "" : ", ").append(n));
        return known.toString();
    }
}
