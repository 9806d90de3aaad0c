package vn.tochuc.task.evaluation;

/** The suggested quality rating of a party organization (QĐ 366-QĐ/TW); the Board decides the rating itself. */
public enum RatingBand {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED
}
