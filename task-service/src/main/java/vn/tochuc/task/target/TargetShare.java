package vn.tochuc.task.target;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of the targets that apply to a unit it met or exceeded in a period (đạt và vượt chỉ tiêu), out of all of
 * them and out of those with a figure; {@code percent} is metOrExceeded / targets, null when no target applies.
 */
public record TargetShare(int targets, int withData, int metOrExceeded, int notMet, BigDecimal percent) {

    static TargetShare of(int targets, int withData, int metOrExceeded, int notMet) {
        BigDecimal percent = targets == 0 ? null : BigDecimal.valueOf(metOrExceeded * 100L)
                .divide(BigDecimal.valueOf(targets), 1, RoundingMode.HALF_UP);
        return new TargetShare(targets, withData, metOrExceeded, notMet, percent);
    }
}
