package vn.tochuc.task.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The band follows whatever thresholds configuration gives. */
class RatingRuleTest {

    record Band(BigDecimal onTimeShare, BigDecimal targetsMetShare, Optional<Integer> maxOverdue)
            implements EvaluationThresholds.Band {
    }

    record Thresholds(Band excellent, Band good, Band completed) implements EvaluationThresholds {
    }

    private static final Thresholds STRICT = new Thresholds(band("1.0", "1.0", 0), band("0.9", "0.9", null),
            band("0.7", "0.7", null));
    private static final Thresholds LENIENT = new Thresholds(band("0.9", "0.8", 1), band("0.6", "0.6", null),
            band("0.3", "0.3", null));

    @Test
    void shouldSuggestAHigherBandUnderLenientThresholdsForTheSameShares() {
        BigDecimal onTime = new BigDecimal("0.9");
        BigDecimal targets = new BigDecimal("0.8");
        assertThat(RatingRule.suggest(STRICT, onTime, 1, targets).band()).isEqualTo(RatingBand.COMPLETED);
        assertThat(RatingRule.suggest(LENIENT, onTime, 1, targets).band()).isEqualTo(RatingBand.EXCELLENT);
    }

    @Test
    void shouldKeepAUnitWithAnOverdueTaskOutOfExcellent() {
        assertThat(RatingRule.suggest(STRICT, BigDecimal.ONE, 1, BigDecimal.ONE).band()).isEqualTo(RatingBand.GOOD);
        assertThat(RatingRule.suggest(STRICT, BigDecimal.ONE, 0, BigDecimal.ONE).band())
                .isEqualTo(RatingBand.EXCELLENT);
    }

    @Test
    void shouldJudgeOnTasksAloneWhenNoTargetApplies() {
        assertThat(RatingRule.suggest(STRICT, new BigDecimal("0.75"), 0, null).band())
                .isEqualTo(RatingBand.COMPLETED);
        assertThat(RatingRule.suggest(STRICT, new BigDecimal("0.5"), 0, null).band())
                .isEqualTo(RatingBand.NOT_COMPLETED);
    }

    @Test
    void shouldNotRateAUnitWithNeitherTasksNorTargets() {
        RatingRule.Suggestion s = RatingRule.suggest(STRICT, null, 0, null);
        assertThat(s.band()).isNull();
        assertThat(s.basis()).contains("not rated");
    }

    private static Band band(String onTime, String targets, Integer maxOverdue) {
        return new Band(new BigDecimal(onTime), new BigDecimal(targets), Optional.ofNullable(maxOverdue));
    }
}
