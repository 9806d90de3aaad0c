package vn.tochuc.task.task;

public enum ExtensionStatus {
    REQUESTED,
    APPROVED,
    REFUSED
}
