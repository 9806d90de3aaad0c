package vn.tochuc.platform.rules;

/**
 * Fired (synchronously, inside the transaction that records it) for every rule version recorded, seeded or added
 * through the API, so the service that owns the rule can bring what it derived from the rules up to date in the
 * same transaction (task-service recomputes its congress plans). An observer that throws rolls the version back.
 *
 * @param superseded the version this one corrects (same validFrom, recorded earlier and not already corrected), or
 *     null
 */
public record RuleVersionRecorded(RuleSet rule, RuleVersion version, RuleVersion superseded, boolean seeded,
        String actor, String requestId) {
}
