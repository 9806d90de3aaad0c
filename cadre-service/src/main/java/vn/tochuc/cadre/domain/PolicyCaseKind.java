package vn.tochuc.cadre.domain;

/** Which policy the case applies; fixed by law (Nghị định 29/2023/NĐ-CP, 178/2024/NĐ-CP). */
public enum PolicyCaseKind {
    /** Tinh giản biên chế. */
    STAFF_REDUCTION,
    /** Nghỉ hưu trước tuổi. */
    EARLY_RETIREMENT
}
