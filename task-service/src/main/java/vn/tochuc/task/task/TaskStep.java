package vn.tochuc.task.task;

import java.util.EnumSet;
import java.util.Set;

/** The moves of a task's status that callers ask for ({@code POST /api/v1/tasks/{id}/steps}). */
public enum TaskStep {
    /** DRAFT → ASSIGNED, by the assigning level. */
    ASSIGN,
    /** ASSIGNED → IN_PROGRESS, by the lead unit (reporting progress does it too). */
    START,
    /** ASSIGNED/IN_PROGRESS → SUBMITTED, by the lead unit. */
    SUBMIT,
    /** SUBMITTED → COMPLETED, by the assigning level; completion counts from that day. */
    ACCEPT,
    /** SUBMITTED → IN_PROGRESS with a reason, by the assigning level. */
    RETURN,
    /** Any open status → NOT_COMPLETED with a reason, by the assigning level. */
    MARK_NOT_COMPLETED,
    /** Any status not final → CANCELLED with a reason, by the assigning level; open subtasks are cancelled too. */
    CANCEL,
    /** ASSIGNED/IN_PROGRESS → ON_HOLD with a reason, by the assigning level. */
    HOLD,
    /** ON_HOLD → the status it was held in, by the assigning level. */
    RESUME;

    static final Set<TaskStep> NEED_REASON = EnumSet.of(RETURN, MARK_NOT_COMPLETED, CANCEL, HOLD);
    static final Set<TaskStep> BY_LEAD_UNIT = EnumSet.of(START, SUBMIT);
}
