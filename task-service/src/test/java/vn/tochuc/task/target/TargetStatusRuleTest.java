package vn.tochuc.task.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.task.period.Period;

class TargetStatusRuleTest {

    private static final LocalDate DURING_2024 = LocalDate.of(2024, 8, 1);
    private static final LocalDate AFTER_2024 = LocalDate.of(2025, 1, 1);

    /** Kết nạp đảng viên mới: 6,500 over 2020-2025, 1,300 in 2024. */
    private final TargetStatusRule newMembers = new TargetStatusRule(Direction.HIGHER_IS_BETTER, 2025,
            new BigDecimal("6500"), Map.of(2024, new BigDecimal("1300")));

    /** Tỷ lệ tổ chức cơ sở đảng yếu kém: at most 2 % over the term, no yearly targets. */
    private final TargetStatusRule weakCells = new TargetStatusRule(Direction.LOWER_IS_BETTER, 2025,
            new BigDecimal("2"), Map.of());

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void shouldJudgeAYearOnItsYearlyTargetAndTheLastYearOnTheTermTarget() {
        assertThat(newMembers.targetFor(Period.year(2024))).isEqualByComparingTo("1300");
        assertThat(newMembers.targetFor(Period.quarter(2024, 2))).isEqualByComparingTo("1300");
        assertThat(newMembers.targetFor(Period.year(2025))).isEqualByComparingTo("6500");
    }

    @Test
    void shouldCallAFigureOnTheTargetMet() {
        assertThat(newMembers.status(Period.year(2024), d("1300"), AFTER_2024)).isEqualTo(TargetStatus.MET);
    }

    @Test
    void shouldCallAFigureWithinTheToleranceMetEvenIfSlightlyShort() {
        assertThat(newMembers.status(Period.year(2024), d("1298.7"), AFTER_2024)).isEqualTo(TargetStatus.MET);
        assertThat(newMembers.status(Period.year(2024), d("1298.6"), AFTER_2024)).isEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void shouldCallAHigherFigureExceededWhenHigherIsBetter() {
        assertThat(newMembers.status(Period.year(2024), d("1850"), AFTER_2024)).isEqualTo(TargetStatus.EXCEEDED);
    }

    @Test
    void shouldCallALowerFigureExceededWhenLowerIsBetter() {
        assertThat(weakCells.status(Period.year(2025), d("1.2"), LocalDate.of(2026, 1, 5)))
                .isEqualTo(TargetStatus.EXCEEDED);
        assertThat(weakCells.status(Period.year(2025), d("3.5"), LocalDate.of(2026, 1, 5)))
                .isEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void shouldKeepAShortfallTrackingWhileTheYearIsNotOver() {
        assertThat(newMembers.status(Period.year(2024), d("900"), DURING_2024)).isEqualTo(TargetStatus.TRACKING);
        assertThat(newMembers.status(Period.year(2024), d("900"), LocalDate.of(2024, 12, 31)))
                .isEqualTo(TargetStatus.TRACKING);
        assertThat(newMembers.status(Period.year(2024), d("900"), AFTER_2024)).isEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void shouldNeverCallAQuarterOrFirstHalfNotMet() {
        assertThat(newMembers.status(Period.quarter(2024, 2), d("400"), AFTER_2024)).isEqualTo(TargetStatus.TRACKING);
        assertThat(newMembers.status(Period.half(2024, 1), d("600"), AFTER_2024)).isEqualTo(TargetStatus.TRACKING);
        assertThat(newMembers.status(Period.quarter(2024, 4), d("1000"), AFTER_2024)).isEqualTo(TargetStatus.NOT_MET);
        assertThat(newMembers.status(Period.half(2024, 2), d("1000"), AFTER_2024)).isEqualTo(TargetStatus.NOT_MET);
    }

    @Test
    void shouldKeepAYearWithoutItsOwnTargetTrackingUntilTheTermsLastYear() {
        assertThat(newMembers.status(Period.year(2022), d("1000"), LocalDate.of(2023, 3, 1)))
                .isEqualTo(TargetStatus.TRACKING);
        assertThat(weakCells.status(Period.year(2023), d("4"), LocalDate.of(2024, 3, 1)))
                .isEqualTo(TargetStatus.TRACKING);
    }

    @Test
    void shouldJudgeARatioInPercentFromItsNumeratorAndDenominator() {
        TargetStatusRule goodCells = new TargetStatusRule(Direction.HIGHER_IS_BETTER, 2025, d("90"), Map.of());
        BigDecimal share = Aggregation.percent(d("412"), d("450"));
        assertThat(share).isEqualByComparingTo("91.5556");
        assertThat(goodCells.status(Period.year(2025), share, LocalDate.of(2026, 1, 2)))
                .isEqualTo(TargetStatus.EXCEEDED);
        assertThat(goodCells.percentOfTarget(Period.year(2025), share)).isEqualByComparingTo("101.7");
    }

    @Test
    void shouldCallNoFigureNoData() {
        assertThat(newMembers.status(Period.year(2024), null, AFTER_2024)).isEqualTo(TargetStatus.NO_DATA);
        assertThat(newMembers.percentOfTarget(Period.year(2024), null)).isNull();
    }

    @Test
    void shouldGiveNoRatioForUnitsWhoseDenominatorsAddUpToZero() {
        assertThat(Aggregation.RATIO.combine(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 3)).isNull();
        assertThat(Aggregation.RATIO.combine(d("0"), d("30"), d("40"), 2)).isEqualByComparingTo("75");
    }

    @Test
    void shouldSumAndAverageFigures() {
        assertThat(Aggregation.SUM.combine(d("10.5"), null, null, 2)).isEqualByComparingTo("10.5");
        assertThat(Aggregation.AVERAGE.combine(d("10"), null, null, 3)).isEqualByComparingTo("3.3333");
        assertThat(Aggregation.AVERAGE.combine(BigDecimal.ZERO, null, null, 0)).isNull();
    }
}
