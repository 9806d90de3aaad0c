package vn.tochuc.task.period;

/** The reporting periods of the Board: báo cáo quý, 6 tháng, năm. */
public enum PeriodKind {
    QUARTER,
    HALF_YEAR,
    YEAR
}
