package vn.tochuc.task.target;

import java.math.BigDecimal;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * A figure as a unit reports it: a value, or for a RATIO target a numerator and a denominator (the value is then
 * their quotient in percent, kept so every figure can be read and summed the same way).
 */
public record Figure(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

    /** The figure given for a target, checked against how the target is measured; a 400 names the wrong field. */
    static Figure of(Aggregation aggregation, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        if (aggregation != Aggregation.RATIO) {
            if (numerator != null || denominator != null) {
                throw ProblemException.invalid(numerator != null ? "numerator" : "denominator",
                        ProblemText.of("field.ratio-only"));
            }
            if (value == null) {
                throw ProblemException.invalid("value", ProblemText.of("field.value-required"));
            }
            return new Figure(Aggregation.kept(value), null, null);
        }
        if (value != null) {
            throw ProblemException.invalid("value", ProblemText.of("field.value-computed"));
        }
        if (numerator == null || numerator.signum() < 0) {
            throw ProblemException.invalid("numerator", ProblemText.of("field.numerator"));
        }
        if (denominator == null || denominator.signum() <= 0) {
            throw ProblemException.invalid("denominator", ProblemText.of("field.denominator"));
        }
        return new Figure(Aggregation.percent(numerator, denominator), Aggregation.kept(numerator),
                Aggregation.kept(denominator));
    }
}
