package vn.tochuc.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tochuc.platform.tokens.RememberedTokens;

/** The service verifies bearer tokens through the memory of verified ones, not smallrye-jwt's parser directly. */
@QuarkusTest
class RememberedTokensWiringTest {

    @Inject
    JWTParser parser;

    @Test
    void shouldParseBearerTokensThroughTheMemoryOfVerifiedOnes() {
        assertThat(ClientProxy.unwrap(parser)).isInstanceOf(RememberedTokens.class);
    }
}
