package vn.tochuc.task.congress;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.platform.rules.RuleSet;
import vn.tochuc.platform.rules.RuleVersion;
import vn.tochuc.platform.rules.Rules;

/**
 * Where the congress schedule rules live: on platform-rules, one rule per term, {@code task.congress-schedule.<term>},
 * whose versions' values are {@link CongressRuleSet.Values}. Reads them as {@link CongressRuleSet}s and
 * {@link RuleBook}s; every reader of the schedule goes through here.
 */
@ApplicationScoped
public class CongressSchedules {

    public static final String PREFIX = "task.congress-schedule.";

    private final Rules rules;

    CongressSchedules(Rules rules) {
        this.rules = rules;
    }

    public static String code(String term) {
        return PREFIX + term;
    }

    static boolean isSchedule(String ruleCode) {
        return ruleCode.startsWith(PREFIX);
    }

    static String termOf(String ruleCode) {
        return ruleCode.substring(PREFIX.length());
    }

    /** The versions of a term in force (not replaced), by first day then order of recording. */
    RuleBook book(String term) {
        return new RuleBook(term, versions(term));
    }

    /** Every version of a term, replaced ones included, by first day then order of recording. */
    List<CongressRuleSet> versions(String term) {
        List<RuleVersion> recorded = RuleVersion.of(code(term)); // by validFrom, then seq
        List<CongressRuleSet> versions = new ArrayList<>(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            RuleVersion v = recorded.get(i);
            RuleVersion before = i > 0 && recorded.get(i - 1).validFrom.equals(v.validFrom) ? recorded.get(i - 1) : null;
            RuleVersion after = i + 1 < recorded.size() && recorded.get(i + 1).validFrom.equals(v.validFrom)
                    ? recorded.get(i + 1) : null;
            versions.add(new CongressRuleSet(v, term, rules.values(v, CongressRuleSet.Values.class),
                    before == null ? null : before.id, after));
        }
        return versions;
    }

    /** Every version of every term, replaced ones included. */
    List<CongressRuleSet> all() {
        List<CongressRuleSet> all = new ArrayList<>();
        for (RuleSet rule : RuleSet.allByCode()) {
            if (isSchedule(rule.code)) {
                all.addAll(versions(termOf(rule.code)));
            }
        }
        return all;
    }

    /** A version by its id, when it is one of the congress schedule. */
    Optional<CongressRuleSet> find(UUID id) {
        RuleVersion v = id == null ? null : RuleVersion.findById(id);
        if (v == null || !isSchedule(v.ruleCode)) {
            return Optional.empty();
        }
        return versions(termOf(v.ruleCode)).stream().filter(s -> s.id.equals(id)).findFirst();
    }
}
