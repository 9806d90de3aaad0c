package vn.tochuc.task.reporting;

public enum ScheduleStatus {
    /** Obligations are generated for each new period. */
    ACTIVE,
    /** No more periods are generated; the obligations already made stay as they are. */
    ENDED
}
