package vn.tochuc.task.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.problem.ProblemException;

class PeriodTest {

    @Test
    void shouldReadTheThreeWaysTheBoardNamesAPeriod() {
        assertThat(Period.parse("period", "2024-Q3")).isEqualTo(Period.quarter(2024, 3));
        assertThat(Period.parse("period", "2024-H1")).isEqualTo(Period.half(2024, 1));
        assertThat(Period.parse("period", " 2024 ")).isEqualTo(Period.year(2024));
    }

    @Test
    void shouldSpanTheDaysOfItsQuarterHalfOrYear() {
        assertThat(Period.quarter(2024, 1).end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Period.half(2024, 2).start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(Period.year(2024).end()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void shouldRefuseAPeriodThatDoesNotExistSayingHowPeriodsAreWritten() {
        assertThatThrownBy(() -> Period.parse("period", "2024-Q5")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("period");
        assertThatThrownBy(() -> Period.parse("period", "Q1-2024")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Period.parse("period", "0999")).isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldOrderPeriodsByTheirFirstDay() {
        assertThat(Period.quarter(2024, 2)).isGreaterThan(Period.half(2024, 1));
        assertThat(Period.year(2023)).isLessThan(Period.quarter(2024, 1));
    }
}
