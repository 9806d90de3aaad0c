package vn.tochuc.platform.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every version of one rule, read once, answering which is in force on any day by {@link RuleVersion#inForce}
 * itself: for a question asked of many days at once (the retirement roadmap, month by month, over a whole cohort),
 * where a query per day would be hundreds of queries per person. Each version's values are read once.
 */
public final class RuleTimeline<T> {

    private final String rule;
    private final List<RuleVersion> newestFirst;
    private final Function<RuleVersion, T> read;
    private final Map<UUID, Rules.InForce<T>> byVersion = new HashMap<>();

    /** {@code newestFirst} as {@link RuleVersion#newestFirst} orders them. */
    RuleTimeline(String rule, List<RuleVersion> newestFirst, Function<RuleVersion, T> read) {
        this.rule = rule;
        this.newestFirst = List.copyOf(newestFirst);
        this.read = read;
    }

    /** The version in force on a day, as {@link Rules#inForce} would answer it. */
    public Optional<Rules.InForce<T>> on(LocalDate day) {
        return RuleVersion.inForce(newestFirst, day)
                .map(v -> byVersion.computeIfAbsent(v.id, id -> new Rules.InForce<>(read.apply(v), RuleCitation.of(v), v)));
    }

    /** The version in force on a day, or the 422 of {@link Rules#inForce} when none is. */
    public Rules.InForce<T> at(LocalDate day) {
        return on(day).orElseThrow(() -> Rules.noneInForce(rule, day));
    }
}
