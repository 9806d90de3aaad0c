package vn.tochuc.task.congress;

public enum RuleSetStatus {
    IN_FORCE,
    /** A correction replaced it; it stays readable, and no plan is judged by it any more. */
    REPLACED
}
