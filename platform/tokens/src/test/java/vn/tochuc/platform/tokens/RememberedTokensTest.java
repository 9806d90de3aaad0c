package vn.tochuc.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A verified token is remembered no longer than the verifier would accept it, and a refused one never. */
class RememberedTokensTest {

    private static final long NOW = 1_800_000_000L;

    private final AtomicLong clock = new AtomicLong(NOW * 1000);
    private final Verifier verifier = new Verifier();

    @Test
    void shouldVerifyATokenOnceAndAcceptItUntilTheSecondItExpires() throws ParseException {
        verifier.claims.put("a.b.c", Map.of("exp", NOW + 60, "iat", NOW));
        RememberedTokens tokens = new RememberedTokens(verifier, 43_200, 2_000, clock::get);

        tokens.parse("a.b.c");
        clock.set((NOW + 60) * 1000 - 1);
        tokens.parse("a.b.c");
        assertThat(verifier.verified).containsExactly("a.b.c");

        clock.set((NOW + 60) * 1000);
        tokens.parse("a.b.c");
        assertThat(verifier.verified).containsExactly("a.b.c", "a.b.c");
    }

    @Test
    void shouldVerifyATokenAgainOnceItsAllowedAgeHasPassedEvenBeforeItExpires() throws ParseException {
        verifier.claims.put("a.b.c", Map.of("exp", NOW + 86_400, "iat", NOW - 43_000));
        RememberedTokens tokens = new RememberedTokens(verifier, 43_200, 2_000, clock::get);

        tokens.parse("a.b.c");
        clock.set((NOW + 200) * 1000);
        tokens.parse("a.b.c");

        assertThat(verifier.verified).hasSize(2);
    }

    @Test
    void shouldVerifyEveryDifferentTokenTextOnItsOwn() throws ParseException {
        verifier.claims.put("a.b.c", Map.of("exp", NOW + 60, "iat", NOW));
        verifier.claims.put("a.b.d", Map.of("exp", NOW + 60, "iat", NOW));
        RememberedTokens tokens = new RememberedTokens(verifier, 43_200, 2_000, clock::get);

        tokens.parse("a.b.c");
        tokens.parse("a.b.d");

        assertThat(verifier.verified).containsExactly("a.b.c", "a.b.d");
    }

    @Test
    void shouldNeverRememberATokenTheVerifierRefused() {
        RememberedTokens tokens = new RememberedTokens(verifier, 43_200, 2_000, clock::get);

        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("forged")).isInstanceOf(ParseException.class);

        assertThat(verifier.verified).containsExactly("forged", "forged");
    }

    @Test
    void shouldTellAnEventLoopOfARememberedTokenWithoutEverVerifyingOne() throws ParseException {
        verifier.claims.put("a.b.c", Map.of("exp", NOW + 60, "iat", NOW));
        RememberedTokens tokens = new RememberedTokens(verifier, 43_200, 2_000, clock::get);

        assertThat(tokens.remembered("a.b.c")).isNull();
        assertThat(verifier.verified).isEmpty();
        tokens.parse("a.b.c");
        assertThat(tokens.remembered("a.b.c").getName()).isEqualTo("someone");

        clock.set((NOW + 60) * 1000);
        assertThat(tokens.remembered("a.b.c")).isNull();
        assertThat(verifier.verified).containsExactly("a.b.c");
    }

    @Test
    void shouldVerifyTokensAfreshOnceMoreLiveTokensArriveThanItMayHold() throws ParseException {
        RememberedTokens tokens = new RememberedTokens(verifier, 43_200, 2, clock::get);
        for (String token : List.of("t.1", "t.2", "t.3")) {
            verifier.claims.put(token, Map.of("exp", NOW + 60, "iat", NOW));
            tokens.parse(token);
        }

        assertThat(tokens.remembered("t.1")).isNull();
        assertThat(tokens.remembered("t.3")).isNotNull();
    }

    /** Stands in for smallrye-jwt's parser: the claims of the tokens it accepts, and every token it was asked. */
    private static final class Verifier extends DefaultJWTParser {
        final Map<String, Map<String, Object>> claims = new java.util.HashMap<>();
        final List<String> verified = new ArrayList<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            Map<String, Object> values = claims.get(token);
            if (values == null) {
                throw new ParseException("refused");
            }
            return new JsonWebToken() {
                @Override
                public String getName() {
                    return "someone";
                }

                @Override
                public Set<String> getClaimNames() {
                    return values.keySet();
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T> T getClaim(String name) {
                    return (T) values.get(name);
                }
            };
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
            return parse(token);
        }
    }
}
