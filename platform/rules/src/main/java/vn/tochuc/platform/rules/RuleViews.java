package vn.tochuc.platform.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules and their versions as the API shows them: which version is in force on a day, and until when each ran. */
@ApplicationScoped
public class RuleViews {

    private final Rules rules;

    RuleViews(Rules rules) {
        this.rules = rules;
    }

    public RuleResponse rule(RuleSet rule, LocalDate asOf) {
        List<RuleVersion> versions = RuleVersion.of(rule.code); // by validFrom, then seq
        RuleVersion current = RuleVersion.inForce(rule.code, asOf).orElse(null);
        List<RuleVersionResponse> shown = new ArrayList<>(versions.size());
        for (int i = 0; i < versions.size(); i++) {
            shown.add(version(versions, i, current));
        }
        RuleVersionResponse inForce = current == null ? null
                : shown.stream().filter(v -> v.id().equals(current.id)).findFirst().orElse(null);
        return new RuleResponse(rule.code, rule.title, rule.description, rule.version, asOf, inForce,
                current != null && current.toConfirm, shown);
    }

    public RuleVersionResponse version(RuleVersion v, LocalDate asOf) {
        List<RuleVersion> versions = RuleVersion.of(v.ruleCode);
        RuleVersion current = RuleVersion.inForce(v.ruleCode, asOf).orElse(null);
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).id.equals(v.id)) {
                return version(versions, i, current);
            }
        }
        throw new IllegalStateException("Version " + v.id + " is not among the versions of " + v.ruleCode);
    }

    private RuleVersionResponse version(List<RuleVersion> ordered, int index, RuleVersion current) {
        RuleVersion v = ordered.get(index);
        boolean superseded = false;
        LocalDate until = v.validTo;
        for (int j = index + 1; j < ordered.size(); j++) {
            RuleVersion later = ordered.get(j);
            if (later.validFrom.equals(v.validFrom)) {
                superseded = true;
                break;
            }
            LocalDate dayBefore = later.validFrom.minusDays(1);
            until = until == null || dayBefore.isBefore(until) ? dayBefore : until;
            break;
        }
        RuleCitation citation = RuleCitation.of(v);
        return new RuleVersionResponse(v.id, v.ruleCode, v.validFrom, v.validTo, superseded ? null : until,
                superseded, current != null && current.id.equals(v.id), v.basis(), citation.text(), v.toConfirm,
                v.note, rules.tree(v), v.seedKey != null, v.recordedAt, v.recordedBy);
    }
}
