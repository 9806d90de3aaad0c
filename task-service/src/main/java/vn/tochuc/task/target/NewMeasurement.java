package vn.tochuc.task.target;

import java.math.BigDecimal;
import java.util.UUID;
import vn.tochuc.task.period.Period;

/** A unit's figure for a period: {@code value}, or {@code numerator} and {@code denominator} for a RATIO target. */
public record NewMeasurement(UUID unitId, Period period, BigDecimal value, BigDecimal numerator,
        BigDecimal denominator, String evidence, String evidenceRef) {
}
