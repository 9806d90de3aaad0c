package vn.tochuc.cadre.service;

/**
 * Who makes a change and in which request, for the audit trail. Until JWT sign-in exists the actor is what the
 * X-Actor header says (or "unauthenticated"); it then becomes the token's subject.
 */
public record Caller(String actor, String requestId) {
}
