package vn.tochuc.task.reporting;

import java.time.LocalDate;

/**
 * Whether a report came in time, derived from dates and never typed. The rule, as of a day {@code asOf}:
 * <ul>
 * <li>the submission that counts is the latest one unless it was returned for correction: a returned report was
 * not delivered, so until the unit resubmits the obligation counts as nothing submitted, and a correction sent after
 * the due date is late (the first submission's day is kept on record, but does not decide timeliness once
 * returned);</li>
 * <li>its day is the Board's calendar day (Asia/Ho_Chi_Minh) of the submission, so 23:30 local on the due date is
 * on time and 00:30 the next day is late;</li>
 * <li>a submission made after {@code asOf} does not count yet (a compliance view as of an earlier day);</li>
 * <li>on time: counted day on or before the due date; late: after it; missing: nothing counted and the due date
 * lies before {@code asOf}; not yet due: nothing counted and {@code asOf} is on or before the due date.</li>
 * </ul>
 * Waived and cancelled obligations have no timeliness (null): they are not counted. The compliance view states the
 * same rule in SQL ({@link ReportCompliance}).
 */
public enum ReportTimeliness {
    SUBMITTED_ON_TIME,
    SUBMITTED_LATE,
    MISSING,
    NOT_YET_DUE;

    /**
     * @param countedSubmittedOn the Board's day of the submission that counts (null when none: never submitted,
     *     or the latest was returned)
     */
    public static ReportTimeliness of(ObligationStatus status, LocalDate dueOn, LocalDate countedSubmittedOn,
            LocalDate asOf) {
        if (status == ObligationStatus.WAIVED || status == ObligationStatus.CANCELLED) {
            return null;
        }
        if (countedSubmittedOn != null && !countedSubmittedOn.isAfter(asOf)) {
            return countedSubmittedOn.isAfter(dueOn) ? SUBMITTED_LATE : SUBMITTED_ON_TIME;
        }
        return asOf.isAfter(dueOn) ? MISSING : NOT_YET_DUE;
    }
}
