package vn.tochuc.task.congress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule versions of one term that are in force (not replaced), for picking the one that judges a congress: the
 * version with the latest first day on or before the congress day.
 */
record RuleBook(String term, List<CongressRuleSet> versions) {

    RuleBook {
        versions = versions.stream().filter(v -> v.status == RuleSetStatus.IN_FORCE)
                .sorted(Comparator.comparing((CongressRuleSet v) -> v.validFrom)).toList();
    }

    static RuleBook of(String term) {
        return new RuleBook(term, CongressRuleSet.list("term", term));
    }

    Optional<CongressRuleSet> on(LocalDate day) {
        CongressRuleSet found = null;
        for (CongressRuleSet v : versions) {
            if (!v.validFrom.isAfter(day)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether any version of the term holds congresses of this kind (advisory bodies and party groups hold none). */
    boolean schedules(String unitKind) {
        return versions.stream().anyMatch(v -> v.ruleFor(unitKind).isPresent());
    }

    /** The default type of congress the latest version that names the kind gives it; null when none does. */
    CongressType defaultType(String unitKind) {
        CongressType type = null;
        for (CongressRuleSet v : versions) {
            type = v.ruleFor(unitKind).map(rule -> rule.defaultCongressType).orElse(type);
        }
        return type;
    }
}
