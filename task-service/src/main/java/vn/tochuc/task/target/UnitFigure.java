package vn.tochuc.task.target;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A unit's figure for a target and period: its own entered figure when it has one (OWN), else the combination of
 * the figures that count below it (COMBINED), or none (NONE). {@code unitsCounted} is how many entered figures went
 * into it. For a RATIO target, numerator and denominator are the sums the percentage comes from.
 */
public record UnitFigure(UUID unitId, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
        long unitsCounted, Source source) {

    public enum Source {
        OWN,
        COMBINED,
        NONE
    }

    static UnitFigure own(UUID unitId, Sums own, Aggregation aggregation) {
        return new UnitFigure(unitId, aggregation.combine(own.sum(), own.numerators(), own.denominators(), 1),
                own.numerators(), own.denominators(), 1, Source.OWN);
    }

    static UnitFigure combined(UUID unitId, Sums below, Aggregation aggregation) {
        BigDecimal value = aggregation.combine(below.sum(), below.numerators(), below.denominators(), below.units());
        if (value == null) {
            return new UnitFigure(unitId, null, below.numerators(), below.denominators(), below.units(), Source.NONE);
        }
        return new UnitFigure(unitId, value, below.numerators(), below.denominators(), below.units(),
                Source.COMBINED);
    }

    /** Entered figures added up: how many, their values, and for a ratio their numerators and denominators. */
    record Sums(long units, BigDecimal sum, BigDecimal numerators, BigDecimal denominators) {

        static final Sums NONE = new Sums(0, BigDecimal.ZERO, null, null);

        Sums plus(Sums other) {
            return new Sums(units + other.units, sum.add(other.sum), add(numerators, other.numerators),
                    add(denominators, other.denominators));
        }

        private static BigDecimal add(BigDecimal a, BigDecimal b) {
            return a == null ? b : b == null ? a : a.add(b);
        }
    }
}
