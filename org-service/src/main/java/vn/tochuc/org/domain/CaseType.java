package vn.tochuc.org.domain;

/** What a restructuring case does (loại sắp xếp). */
public enum CaseType {
    /** Thành lập: one or more new units. */
    ESTABLISH,
    /** Đổi tên. */
    RENAME,
    /** Chuyển trực thuộc: a new parent. */
    MOVE,
    /** Sáp nhập: sources cease and join an existing target. */
    MERGE,
    /** Hợp nhất: sources cease and form one new unit. */
    CONSOLIDATE,
    /** Chia tách: one unit ceases and becomes several new ones. */
    SPLIT,
    /** Giải thể. */
    DISSOLVE,
    /** Nâng cấp, hạ cấp: another kind and level. */
    CHANGE_LEVEL
}
