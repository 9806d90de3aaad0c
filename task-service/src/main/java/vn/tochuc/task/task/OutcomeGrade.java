package vn.tochuc.task.task;

/** The grade the assigning level gives a task for a period. */
public enum OutcomeGrade {
    /** Vượt. */
    EXCEEDED,
    /** Đạt (hoàn thành). */
    MET,
    /** Cơ bản hoàn thành. */
    BASICALLY_COMPLETED,
    /** Không đạt. */
    NOT_MET
}
