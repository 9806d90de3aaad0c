package vn.tochuc.task.task;

import java.util.EnumSet;
import java.util.Set;

/** Where a task stands; the moves between statuses are {@link Task}'s methods. */
public enum TaskStatus {
    /** Written, not yet given to its lead unit. */
    DRAFT,
    ASSIGNED,
    IN_PROGRESS,
    /** The lead unit submitted the result; waiting for the assigning level to accept or return it. */
    SUBMITTED,
    /** Accepted by the assigning level, on {@code completedOn}. */
    COMPLETED,
    /** Closed by the assigning level without the result. */
    NOT_COMPLETED,
    CANCELLED,
    ON_HOLD;

    /** Statuses no step leaves. */
    public static final Set<TaskStatus> FINAL = EnumSet.of(COMPLETED, NOT_COMPLETED, CANCELLED);

    /** Statuses in which the lead unit is expected to work on the task (what urging reminds about). */
    public static final Set<TaskStatus> OPEN = EnumSet.of(ASSIGNED, IN_PROGRESS, SUBMITTED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
