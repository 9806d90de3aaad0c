package vn.tochuc.task.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Timeliness comes from the dates alone, on the Board's calendar days in Asia/Ho_Chi_Minh. */
class TimelinessRuleTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DEADLINE = LocalDate.of(2025, 6, 30);

    @Test
    void shouldCountATaskAcceptedOnItsDeadlineAsCompletedOnTime() {
        assertThat(TimelinessRule.asOf(TaskStatus.COMPLETED, DEADLINE, DEADLINE, DEADLINE.plusDays(10)))
                .isEqualTo(Timeliness.COMPLETED_ON_TIME);
    }

    @Test
    void shouldCountATaskAcceptedTheDayAfterItsDeadlineAsCompletedLate() {
        assertThat(TimelinessRule.asOf(TaskStatus.COMPLETED, DEADLINE, DEADLINE.plusDays(1), DEADLINE.plusDays(10)))
                .isEqualTo(Timeliness.COMPLETED_LATE);
    }

    @Test
    void shouldKeepAnOpenTaskWithinItsDeadlineUntilTheEndOfThatLocalDay() {
        OffsetDateTime lastMinute = OffsetDateTime.of(2025, 6, 30, 23, 59, 0, 0, ZoneOffset.ofHours(7));
        assertThat(TimelinessRule.at(TaskStatus.IN_PROGRESS, DEADLINE, null, lastMinute, HANOI))
                .isEqualTo(Timeliness.IN_PROGRESS_WITHIN_DEADLINE);
    }

    @Test
    void shouldMakeAnOpenTaskOverdueAtLocalMidnightAfterItsDeadline() {
        OffsetDateTime midnight = OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7));
        assertThat(TimelinessRule.at(TaskStatus.IN_PROGRESS, DEADLINE, null, midnight, HANOI))
                .isEqualTo(Timeliness.OVERDUE);
    }

    @Test
    void shouldReadAUtcInstantOnTheLocalDayItFallsOn() {
        // 17:00 UTC on the deadline is already 00:00 on 1 July in Hanoi; 16:59 UTC is still 30 June there.
        OffsetDateTime stillThirtieth = OffsetDateTime.of(2025, 6, 30, 16, 59, 59, 0, ZoneOffset.UTC);
        OffsetDateTime alreadyFirst = OffsetDateTime.of(2025, 6, 30, 17, 0, 0, 0, ZoneOffset.UTC);
        assertThat(TimelinessRule.at(TaskStatus.ASSIGNED, DEADLINE, null, stillThirtieth, HANOI))
                .isEqualTo(Timeliness.IN_PROGRESS_WITHIN_DEADLINE);
        assertThat(TimelinessRule.at(TaskStatus.ASSIGNED, DEADLINE, null, alreadyFirst, HANOI))
                .isEqualTo(Timeliness.OVERDUE);
    }

    @Test
    void shouldCountATaskAcceptedAfterTheDayAskedAboutAsNotCompletedOnIt() {
        assertThat(TimelinessRule.asOf(TaskStatus.COMPLETED, DEADLINE, DEADLINE.plusDays(5), DEADLINE.plusDays(2)))
                .isEqualTo(Timeliness.OVERDUE);
        assertThat(TimelinessRule.asOf(TaskStatus.COMPLETED, DEADLINE, DEADLINE.minusDays(1), DEADLINE.minusDays(3)))
                .isEqualTo(Timeliness.IN_PROGRESS_WITHIN_DEADLINE);
    }

    @Test
    void shouldCountATaskSubmittedButNotYetAcceptedAsNotCompleted() {
        assertThat(TimelinessRule.asOf(TaskStatus.SUBMITTED, DEADLINE, null, DEADLINE.plusDays(1)))
                .isEqualTo(Timeliness.OVERDUE);
    }

    @Test
    void shouldGiveCancelledAndDraftTasksNoTimeliness() {
        assertThat(TimelinessRule.asOf(TaskStatus.CANCELLED, DEADLINE, null, DEADLINE.plusDays(1))).isNull();
        assertThat(TimelinessRule.asOf(TaskStatus.DRAFT, DEADLINE, null, DEADLINE.plusDays(1))).isNull();
    }
}
