package vn.tochuc.task.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportTimelinessTest {

    private static final LocalDate DUE = LocalDate.of(2025, 4, 15);

    @Test
    void shouldCountASubmissionOnTheDueDateAsOnTime() {
        assertThat(ReportTimeliness.of(ObligationStatus.SUBMITTED, DUE, DUE, DUE.plusDays(10)))
                .isEqualTo(ReportTimeliness.SUBMITTED_ON_TIME);
    }

    @Test
    void shouldCountASubmissionTheDayAfterTheDueDateAsLate() {
        assertThat(ReportTimeliness.of(ObligationStatus.ACCEPTED, DUE, DUE.plusDays(1), DUE.plusDays(10)))
                .isEqualTo(ReportTimeliness.SUBMITTED_LATE);
    }

    @Test
    void shouldCountNothingSubmittedAsNotYetDueUpToAndIncludingTheDueDate() {
        assertThat(ReportTimeliness.of(ObligationStatus.DUE, DUE, null, DUE)).isEqualTo(ReportTimeliness.NOT_YET_DUE);
    }

    @Test
    void shouldCountNothingSubmittedAsMissingFromTheDayAfterTheDueDate() {
        assertThat(ReportTimeliness.of(ObligationStatus.DUE, DUE, null, DUE.plusDays(1)))
                .isEqualTo(ReportTimeliness.MISSING);
    }

    @Test
    void shouldCountAReturnedReportAsNotSubmitted() {
        assertThat(ReportTimeliness.of(ObligationStatus.RETURNED, DUE, null, DUE.plusDays(1)))
                .isEqualTo(ReportTimeliness.MISSING);
    }

    @Test
    void shouldIgnoreASubmissionMadeAfterTheDayAsked() {
        assertThat(ReportTimeliness.of(ObligationStatus.SUBMITTED, DUE, DUE.minusDays(1), DUE.minusDays(3)))
                .isEqualTo(ReportTimeliness.NOT_YET_DUE);
        assertThat(ReportTimeliness.of(ObligationStatus.SUBMITTED, DUE, DUE.plusDays(5), DUE.plusDays(2)))
                .isEqualTo(ReportTimeliness.MISSING);
    }

    @Test
    void shouldGiveWaivedAndCancelledObligationsNoTimeliness() {
        assertThat(ReportTimeliness.of(ObligationStatus.WAIVED, DUE, null, DUE.plusDays(1))).isNull();
        assertThat(ReportTimeliness.of(ObligationStatus.CANCELLED, DUE, null, DUE.plusDays(1))).isNull();
    }

    @Test
    void shouldPutTheDefaultDueDateOfAQuarterOnThe15thOfTheNextMonth() {
        ReportSchedule schedule = new ReportSchedule();
        schedule.dueDaysAfterEnd = ReportSchedule.DEFAULT_DUE_DAYS;
        assertThat(schedule.dueOn(vn.tochuc.task.period.Period.quarter(2025, 1))).isEqualTo(DUE);
        assertThat(schedule.dueOn(vn.tochuc.task.period.Period.year(2025))).isEqualTo(LocalDate.of(2026, 1, 15));
    }
}
