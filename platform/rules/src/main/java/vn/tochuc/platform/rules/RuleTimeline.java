package vn.tochuc.platform.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every version of one rule, read once, answering which is in force on any day as {@link RuleVersion#inForce}
 * does: for a question asked of many days at once (the retirement roadmap, month by month, over a whole cohort),
 * where a query per day would be hundreds of queries per person.
 */
public final class RuleTimeline<T> {

    private final String rule;
    private final TreeMap<LocalDate, Rules.InForce<T>> byValidFrom = new TreeMap<>();

    /** {@code versions} by validFrom, then by order of recording (as {@link RuleVersion#of} gives them). */
    RuleTimeline(String rule, List<RuleVersion> versions, Function<RuleVersion, T> read) {
        this.rule = rule;
        for (RuleVersion v : versions) {
            // Among versions with the same validFrom the later-recorded corrects the earlier: it replaces it here.
            byValidFrom.put(v.validFrom, new Rules.InForce<>(read.apply(v), RuleCitation.of(v), v));
        }
    }

    /** The version in force on a day: the latest validFrom on or before it, unless its own validTo has passed. */
    public Optional<Rules.InForce<T>> on(LocalDate day) {
        return Optional.ofNullable(byValidFrom.floorEntry(day)).map(Map.Entry::getValue)
                .filter(v -> v.version().validTo == null || !v.version().validTo.isBefore(day));
    }

    /** The version in force on a day, or the 422 of {@link Rules#inForce} when none is. */
    public Rules.InForce<T> at(LocalDate day) {
        return on(day).orElseThrow(() -> Rules.noneInForce(rule, day));
    }
}
