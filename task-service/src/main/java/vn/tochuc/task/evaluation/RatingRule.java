package vn.tochuc.task.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggests a band from a unit's shares: the first of excellent, good, completed whose thresholds all hold, else not
 * completed. A share that cannot be computed (no task counted, no target applying) is left out of the comparison; a
 * unit with neither is not rated (null).
 */
final class RatingRule {

    /** The band and why, in words the Board reads. */
    record Suggestion(RatingBand band, String basis) {
    }

    private RatingRule() {
    }

    static Suggestion suggest(EvaluationThresholds thresholds, BigDecimal onTimeShare, long overdue,
            BigDecimal targetsMetShare) {
        if (onTimeShare == null && targetsMetShare == null) {
            return new Suggestion(null, "No task due or completed in the period and no target applies: not rated.");
        }
        List<String> missed = new ArrayList<>();
        for (RatingBand band : List.of(RatingBand.EXCELLENT, RatingBand.GOOD, RatingBand.COMPLETED)) {
            EvaluationThresholds.Band b = switch (band) {
                case EXCELLENT -> thresholds.excellent();
                case GOOD -> thresholds.good();
                default -> thresholds.completed();
            };
            List<String> short_ = new ArrayList<>();
            if (onTimeShare != null && onTimeShare.compareTo(b.onTimeShare()) < 0) {
                short_.add("on-time share " + onTimeShare.stripTrailingZeros().toPlainString() + " < "
                        + b.onTimeShare().stripTrailingZeros().toPlainString());
            }
            if (targetsMetShare != null && targetsMetShare.compareTo(b.targetsMetShare()) < 0) {
                short_.add("targets met share " + targetsMetShare.stripTrailingZeros().toPlainString() + " < "
                        + b.targetsMetShare().stripTrailingZeros().toPlainString());
            }
            if (b.maxOverdue().isPresent() && overdue > b.maxOverdue().get()) {
                short_.add(overdue + " overdue > " + b.maxOverdue().get());
            }
            if (short_.isEmpty()) {
                return new Suggestion(band, "Meets every " + band + " threshold"
                        + (missed.isEmpty() ? "" : "; not higher: " + String.join("; ", missed)) + ".");
            }
            missed.add(band + " (" + String.join(", ", short_) + ")");
        }
        return new Suggestion(RatingBand.NOT_COMPLETED, "Below every band: " + String.join("; ", missed) + ".");
    }
}
