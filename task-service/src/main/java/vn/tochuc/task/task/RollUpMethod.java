package vn.tochuc.task.task;

/** How a parent's progress combines its children's (cancelled children never count). */
public enum RollUpMethod {
    /** Sum of weight × progress over the sum of weights. */
    WEIGHTED,
    /** Plain average of the children's progress. */
    AVERAGE
}
