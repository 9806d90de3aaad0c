package vn.tochuc.task.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import vn.tochuc.task.period.Period;
import vn.tochuc.task.period.PeriodKind;

/**
 * Judges a figure against a target. Pure: the same inputs always give the same status.
 * <ul>
 * <li>The figure of a period is compared with the target of the period's year: the yearly target when the year has
 * one, else the term target (which is also what the last year of the term is judged on when it has no yearly
 * target of its own).</li>
 * <li>MET when the figure is within the tolerance of that target: 0.1 % of the target's
 * size, and at least {@code 0.0001} (the precision figures are kept at), because reported figures are rounded; a
 * figure better than that, by the target's direction, is EXCEEDED.</li>
 * <li>A figure worse than that is NOT_MET only when the judgement is final: the period closes its year (a fourth
 * quarter, a second half, a year), that year is over on {@code asOf}, and the year is judged on a target of its own
 * (a yearly target, or the term target in the term's last year). Otherwise it is TRACKING: a quarter below the
 * yearly target, or a year of a cumulative target whose only target is the term's.</li>
 * <li>No figure is NO_DATA.</li>
 * </ul>
 */
public record TargetStatusRule(Direction direction, int termLastYear, BigDecimal termTarget,
        Map<Integer, BigDecimal> yearlyTargets) {

    public static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("0.001");
    public static final BigDecimal MINIMUM_TOLERANCE = new BigDecimal("0.0001");

    public TargetStatusRule {
        yearlyTargets = Map.copyOf(yearlyTargets);
    }

    static TargetStatusRule of(Target target) {
        return new TargetStatusRule(target.direction, target.termLastYear, target.termTarget, target.yearlyTargets);
    }

    /** The target value a figure of this period is compared with. */
    public BigDecimal targetFor(Period period) {
        return yearlyTargets.getOrDefault(period.year(), termTarget);
    }

    /** Whether a shortfall in this period is final (NOT_MET) rather than still being worked on (TRACKING). */
    public boolean isFinal(Period period, LocalDate asOf) {
        boolean closesItsYear = period.kind() == PeriodKind.YEAR || period.number() == (period.kind() == PeriodKind.QUARTER ? 4 : 2);
        boolean judgedThatYear = yearlyTargets.containsKey(period.year()) || period.year() == termLastYear;
        return closesItsYear && judgedThatYear && asOf.isAfter(period.end());
    }

    public TargetStatus status(Period period, BigDecimal actual, LocalDate asOf) {
        if (actual == null) {
            return TargetStatus.NO_DATA;
        }
        BigDecimal target = targetFor(period);
        BigDecimal better = direction == Direction.HIGHER_IS_BETTER ? actual.subtract(target) : target.subtract(actual);
        BigDecimal tolerance = target.abs().multiply(RELATIVE_TOLERANCE).max(MINIMUM_TOLERANCE);
        if (better.abs().compareTo(tolerance) <= 0) {
            return TargetStatus.MET;
        }
        if (better.signum() > 0) {
            return TargetStatus.EXCEEDED;
        }
        return isFinal(period, asOf) ? TargetStatus.NOT_MET : TargetStatus.TRACKING;
    }

    /** The figure as a share of the period's target in percent (one decimal), or null without figure or target. */
    public BigDecimal percentOfTarget(Period period, BigDecimal actual) {
        BigDecimal target = targetFor(period);
        if (actual == null || target.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }
}
