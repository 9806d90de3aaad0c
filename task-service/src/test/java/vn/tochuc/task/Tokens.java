package vn.tochuc.task;

import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.testing.TestTokens;

/** Authorization header values for the callers the tests act as. */
public final class Tokens {

    private Tokens() {
    }

    /** A provincial Board officer named {@code subject}, as the audit trail will record. */
    public static String boardOfficer(String subject) {
        return TestTokens.bearer(TestTokens.token(subject, List.of(), "board-officer"));
    }

    /** A unit officer acting for the given units (and the units below them). */
    public static String unitOfficer(String subject, UUID... units) {
        return TestTokens.bearer(TestTokens.token(subject, List.of(units), "unit-officer"));
    }

    /** A caller in {@code roles} acting for the given units only. */
    public static String scoped(String subject, List<UUID> units, String... roles) {
        return TestTokens.bearer(TestTokens.token(subject, units, roles));
    }
}
