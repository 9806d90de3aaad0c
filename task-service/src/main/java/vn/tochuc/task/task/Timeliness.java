package vn.tochuc.task.task;

/** The government's two-by-two reporting grid, derived from dates by {@link TimelinessRule}, never typed. */
public enum Timeliness {
    /** Đã hoàn thành đúng hạn. */
    COMPLETED_ON_TIME,
    /** Đã hoàn thành quá hạn. */
    COMPLETED_LATE,
    /** Chưa hoàn thành, trong hạn. */
    IN_PROGRESS_WITHIN_DEADLINE,
    /** Chưa hoàn thành, quá hạn. */
    OVERDUE
}
