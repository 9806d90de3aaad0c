package vn.tochuc.cadre;

import io.restassured.http.Header;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.testing.TestTokens;

/** Authorization header values for the callers the tests act as. */
final class Tokens {

    private Tokens() {
    }

    /** The Authorization header of a provincial Board officer named {@code subject}. */
    static Header as(String subject) {
        return new Header("Authorization", boardOfficer(subject));
    }

    /** A provincial Board officer named {@code subject}, as the audit trail will record. */
    static String boardOfficer(String subject) {
        return TestTokens.bearer(TestTokens.token(subject, List.of(), "board-officer"));
    }

    /** A caller in {@code roles} acting for the given units only. */
    static String scoped(String subject, List<UUID> units, String... roles) {
        return TestTokens.bearer(TestTokens.token(subject, units, roles));
    }
}
