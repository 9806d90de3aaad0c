package vn.tochuc.task.target;

/** A unit's figure for a period judged against the target; computed (see {@link TargetStatusRule}), never typed. */
public enum TargetStatus {
    /** No figure for the unit and period (or a ratio whose units report no denominator). */
    NO_DATA,
    /** Short of the target, but the period the target is judged on is not over yet. */
    TRACKING,
    /** The target is reached, within the rule's tolerance. */
    MET,
    /** Better than the target, by its direction, beyond the tolerance (vượt chỉ tiêu). */
    EXCEEDED,
    /** Short of the target when the period it is judged on is over. */
    NOT_MET;

    /** Counts as "đạt và vượt" in an evaluation. */
    public boolean metOrExceeded() {
        return this == MET || this == EXCEEDED;
    }
}
