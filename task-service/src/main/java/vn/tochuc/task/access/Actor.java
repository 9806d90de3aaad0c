package vn.tochuc.task.access;

/** Who makes a change (the verified token's subject) and in which request, as the audit trail records it. */
public record Actor(String subject, String requestId) {
}
