package vn.tochuc.task.document;

/** The kinds of party documents tasks and targets come from; the symbol's letters follow the kind (NQ, CT, KL...). */
public enum DocumentKind {
    /** Nghị quyết, e.g. 01-NQ/ĐH of a congress. */
    RESOLUTION,
    /** Chỉ thị, e.g. 35-CT/TW. */
    DIRECTIVE,
    /** Kết luận, e.g. 118-KL/TW. */
    CONCLUSION,
    /** Kế hoạch. */
    PLAN,
    /** Chương trình hành động. */
    ACTION_PROGRAMME
}
