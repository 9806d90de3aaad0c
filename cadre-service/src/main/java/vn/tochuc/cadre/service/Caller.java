package vn.tochuc.cadre.service;

/** Who makes a change (the verified token's subject) and in which request, for the audit trail. */
public record Caller(String actor, String requestId) {
}
