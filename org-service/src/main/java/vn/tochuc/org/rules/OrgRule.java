package vn.tochuc.org.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.platform.rules.RuleCitation;

/** One version of one of org-service's rules as a decision reads it: its values and how an answer names it. */
public record OrgRule(UUID id, LocalDate validFrom, boolean toConfirm, RuleCitation citation, JsonNode values) {

    /** "294-QĐ/TW (2025-05-26), … (to confirm), in force from 2025-07-01": how an answer names the version. */
    public String cite() {
        return citation.text() + ", in force from " + validFrom;
    }

    /** The same citation for a refusal, in the caller's language. */
    public ProblemText citeText() {
        return ProblemText.of("rule.cite").with("basis", citation.text()).with("from", validFrom);
    }
}
