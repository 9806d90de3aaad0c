package vn.tochuc.task.evaluation;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The thresholds of the suggested rating band (QĐ 366-QĐ/TW, 2025: the quality rating of party organizations),
 * from configuration ({@code tochuc.evaluation.*}; values and their reading in docs/decisions.md, "Unit evaluation").
 * Shares are fractions from 0 to 1.
 */
@ConfigMapping(prefix = "tochuc.evaluation")
public interface EvaluationThresholds {

    /** Hoàn thành xuất sắc nhiệm vụ. */
    Band excellent();

    /** Hoàn thành tốt nhiệm vụ. */
    Band good();

    /** Hoàn thành nhiệm vụ. */
    Band completed();

    interface Band {

        /** The least share of the counted tasks completed on time. */
        BigDecimal onTimeShare();

        /** The least share of the applying targets met or exceeded. */
        BigDecimal targetsMetShare();

        /** The most tasks still overdue; absent: no limit. */
        Optional<Integer> maxOverdue();
    }
}
