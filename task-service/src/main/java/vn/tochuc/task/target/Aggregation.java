package vn.tochuc.task.target;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the figures of the units below combine into their superior's figure. A RATIO target is measured as a
 * numerator and a denominator, and combines as the sum of numerators over the sum of denominators (in percent),
 * never as an average of percentages, so a small cell weighs as little as it should.
 */
public enum Aggregation {
    SUM,
    AVERAGE,
    RATIO;

    static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The combined value of {@code units} figures whose values add up to {@code sum} (numerators and denominators
     * to {@code numerators} and {@code denominators} for a ratio); null when there is nothing to combine, including
     * a ratio whose denominators add up to zero.
     */
    public BigDecimal combine(BigDecimal sum, BigDecimal numerators, BigDecimal denominators, long units) {
        if (units == 0) {
            return null;
        }
        return switch (this) {
            case SUM -> sum.setScale(SCALE, RoundingMode.HALF_UP);
            case AVERAGE -> sum.divide(BigDecimal.valueOf(units), SCALE, RoundingMode.HALF_UP);
            case RATIO -> percent(numerators, denominators);
        };
    }

    /** A figure as kept (4 decimal places), so an answer reads the same before and after it is stored. */
    static BigDecimal kept(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** numerator / denominator in percent, or null for no denominator (no data, not a division by zero). */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }
}
