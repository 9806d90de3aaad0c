package vn.tochuc.task.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Derives a task's timeliness from its dates; nothing else decides it. Days are the Board's calendar days (a
 * deadline is met until the end of that day in Asia/Ho_Chi_Minh), and completion counts from the day the assigning
 * level accepted the result.
 * <ul>
 * <li>accepted on or before {@code asOf}: on time when accepted on or before the deadline, else late;</li>
 * <li>otherwise (not accepted by {@code asOf}): within the deadline while {@code asOf} is on or before it, else
 * overdue;</li>
 * <li>cancelled and draft tasks have none (null): they are not, or no longer, anybody's task.</li>
 * </ul>
 * The SQL of the list filter and of the task grid ({@link TaskQueries}) states the same rule.
 */
public final class TimelinessRule {

    private TimelinessRule() {
    }

    /** Timeliness on day {@code asOf}: a task accepted after that day counts as not completed on it. */
    public static Timeliness asOf(TaskStatus status, LocalDate deadline, LocalDate completedOn, LocalDate asOf) {
        if (status == TaskStatus.CANCELLED || status == TaskStatus.DRAFT) {
            return null;
        }
        if (status == TaskStatus.COMPLETED && completedOn != null && !completedOn.isAfter(asOf)) {
            return completedOn.isAfter(deadline) ? Timeliness.COMPLETED_LATE : Timeliness.COMPLETED_ON_TIME;
        }
        return asOf.isAfter(deadline) ? Timeliness.OVERDUE : Timeliness.IN_PROGRESS_WITHIN_DEADLINE;
    }

    /**
     * The same rule as an SQL condition on a task row: {@code t} is the row's alias with its dot ("t." or "") and
     * {@code day} the parameter or expression of the day ({@code :asOf}).
     */
    public static String sql(Timeliness timeliness, String t, String day) {
        String counted = t + "status not in ('DRAFT', 'CANCELLED')";
        String done = "(" + t + "status = 'COMPLETED' and " + t + "completed_on <= " + day + ")";
        return switch (timeliness) {
            case COMPLETED_ON_TIME -> done + " and " + t + "completed_on <= " + t + "deadline";
            case COMPLETED_LATE -> done + " and " + t + "completed_on > " + t + "deadline";
            case IN_PROGRESS_WITHIN_DEADLINE -> counted + " and not " + done + " and " + t + "deadline >= " + day;
            case OVERDUE -> counted + " and not " + done + " and " + t + "deadline < " + day;
        };
    }

    /** Timeliness at an instant, read on the calendar of {@code zone}. */
    public static Timeliness at(TaskStatus status, LocalDate deadline, LocalDate completedOn, OffsetDateTime instant,
            ZoneId zone) {
        return asOf(status, deadline, completedOn, instant.atZoneSameInstant(zone).toLocalDate());
    }
}
