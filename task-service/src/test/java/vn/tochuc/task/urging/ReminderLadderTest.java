package vn.tochuc.task.urging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rung a deadline has reached on a day, with the default ladder 7, 3, 1 and weekly overdue reminders. */
class ReminderLadderTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 6, 30);
    private final ReminderLadder ladder = new ReminderLadder(List.of(7, 3, 1), 7);

    private ReminderLadder.Rung on(int daysBefore) {
        return ladder.on(DEADLINE, DEADLINE.minusDays(daysBefore)).orElse(null);
    }

    @Test
    void shouldRemindNothingEarlierThanTheFirstRung() {
        assertThat(on(8)).isNull();
    }

    @Test
    void shouldHoldEachRungUntilTheNextOneIsReached() {
        assertThat(List.of(on(7).rung(), on(4).rung(), on(3).rung(), on(2).rung(), on(1).rung()))
                .containsExactly(7, 7, 3, 3, 1);
    }

    @Test
    void shouldTellTheDaysLeftOnADueSoonReminder() {
        assertThat(on(5)).isEqualTo(new ReminderLadder.Rung(ReminderKind.DUE_SOON, 7, 5, 0));
    }

    @Test
    void shouldRemindOnTheDayWithRungZero() {
        assertThat(on(0)).isEqualTo(new ReminderLadder.Rung(ReminderKind.DUE_TODAY, 0, 0, 0));
    }

    @Test
    void shouldStartAnOverdueRepetitionTheDayAfterTheDeadlineAndEverySevenDaysAfter() {
        assertThat(List.of(on(-1).rung(), on(-7).rung(), on(-8).rung(), on(-14).rung(), on(-15).rung()))
                .containsExactly(-1, -1, -2, -2, -3);
        assertThat(on(-9)).isEqualTo(new ReminderLadder.Rung(ReminderKind.OVERDUE, -2, 0, 9));
    }

    @Test
    void shouldRefuseALadderWithoutPositiveDays() {
        assertThatThrownBy(() -> new ReminderLadder(List.of(7, 0), 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tochuc.urging.ladder-days");
    }
}
