package vn.tochuc.task.urging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which reminder a task is due for on a day: the rung its deadline has reached. Before the deadline the rung is the
 * smallest ladder value not below the days left (with 7,3,1: 7 to 4 days left is rung 7, 3 and 2 rung 3, 1 rung 1),
 * on the day rung 0, and while overdue rung -k for the k-th period of {@code overdueEveryDays} days starting the day
 * after the deadline. A scan that missed a day (the service was down) still sends the rung reached, never the ones
 * passed before it; each rung is sent once (the task_reminder key), so scanning again the same day sends nothing.
 */
@ApplicationScoped
public class ReminderLadder {

    /** The reminder of a rung, with the days left before (or past) the deadline on the day of the scan. */
    public record Rung(ReminderKind kind, int rung, int daysLeft, int daysOverdue) {
    }

    private final TreeSet<Integer> days;
    private final int overdueEvery;

    @Inject
    ReminderLadder(UrgingSettings settings) {
        this(settings.ladderDays(), settings.overdueEveryDays());
    }

    ReminderLadder(List<Integer> ladderDays, int overdueEveryDays) {
        if (ladderDays.isEmpty() || ladderDays.stream().anyMatch(d -> d == null || d < 1 || d > 366)) {
            throw new IllegalArgumentException("tochuc.urging.ladder-days must list whole numbers of days from 1 to "
                    + "366, e.g. 7,3,1; it was " + ladderDays);
        }
        if (overdueEveryDays < 1) {
            throw new IllegalArgumentException("tochuc.urging.overdue-every-days must be at least 1; it was "
                    + overdueEveryDays);
        }
        this.days = new TreeSet<>(ladderDays);
        this.overdueEvery = overdueEveryDays;
    }

    /** How many days ahead of a deadline the first reminder goes out. */
    public int reach() {
        return days.last();
    }

    public Optional<Rung> on(LocalDate deadline, LocalDate today) {
        int left = Math.toIntExact(ChronoUnit.DAYS.between(today, deadline));
        if (left > reach()) {
            return Optional.empty();
        }
        if (left > 0) {
            return Optional.of(new Rung(ReminderKind.DUE_SOON, days.ceiling(left), left, 0));
        }
        if (left == 0) {
            return Optional.of(new Rung(ReminderKind.DUE_TODAY, 0, 0, 0));
        }
        int overdue = -left;
        return Optional.of(new Rung(ReminderKind.OVERDUE, -((overdue - 1) / overdueEvery + 1), 0, overdue));
    }
}
