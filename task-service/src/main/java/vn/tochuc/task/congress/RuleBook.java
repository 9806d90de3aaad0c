package vn.tochuc.task.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rule versions of one term that are in force (not replaced), by first day, for picking the one that judges a
 * congress: the version with the latest first day on or before the congress day, unless its own last day has passed
 * (platform-rules' reading of "in force", {@code RuleVersion.inForce}).
 */
record RuleBook(String term, List<CongressRuleSet> versions) {

    RuleBook {
        versions = versions.stream().filter(v -> v.status == RuleSetStatus.IN_FORCE).toList();
    }

    Optional<CongressRuleSet> on(LocalDate day) {
        CongressRuleSet found = null;
        for (CongressRuleSet v : versions) {
            if (!v.validFrom.isAfter(day)) {
                found = v;
            }
        }
        return Optional.ofNullable(found).filter(v -> v.covers(day));
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
