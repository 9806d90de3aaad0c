package vn.tochuc.task.target;

import java.math.BigDecimal;

/** A corrected figure replacing the current one, with why; the replaced figure stays on record. */
public record Correction(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String evidence,
        String evidenceRef, String reason) {
}
