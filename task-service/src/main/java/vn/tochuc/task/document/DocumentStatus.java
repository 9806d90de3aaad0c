package vn.tochuc.task.document;

public enum DocumentStatus {
    IN_FORCE,
    /** A later document replaces it; it stays readable, and what was assigned under it keeps pointing to it. */
    REPLACED
}
