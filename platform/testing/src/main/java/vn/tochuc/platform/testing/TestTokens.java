package vn.tochuc.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Signed tokens for tests, as the identity provider would issue them. The services under test verify them with the
 * public half of the test key pair ({@code tochuc-test-jwt/public-key.pem}, test profile only); that pair is for
 * tests and must never be configured outside them.
 */
public final class TestTokens {

    public static final String ISSUER = "https://tochuc.test/issuer";
    /** The audience every service and the gateway require (mp.jwt.verify.audiences, TOCHUC_JWT_AUDIENCE). */
    public static final String AUDIENCE = "tochuc-api";
    public static final String PUBLIC_KEY_RESOURCE = "tochuc-test-jwt/public-key.pem";
    private static final String PRIVATE_KEY_RESOURCE = "tochuc-test-jwt/private-key.pem";
    private static PrivateKey signingKey;

    private TestTokens() {
    }

    /** A Board officer of the province: the caller tests act as unless they say otherwise. */
    public static String boardOfficer() {
        return token("board-officer@test", List.of(), "board-officer");
    }

    /** A token for {@code subject} in {@code roles}, acting for the given org units (and their subtrees). */
    public static String token(String subject, Collection<UUID> orgUnits, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject)
                .groups(new HashSet<>(Arrays.asList(roles)))
                .claim("org_units", orgUnits.stream().map(UUID::toString).toList())
                .issuedAt(System.currentTimeMillis() / 1000).expiresIn(Duration.ofHours(12)).sign(key());
    }

    /** A token that was valid but has expired. */
    public static String expired(String subject, String... roles) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(new HashSet<>(Arrays.asList(roles)))
                .issuedAt(past - 600).expiresAt(past).sign(key());
    }

    /** A token for another system of the same identity provider: right issuer and key, wrong audience. */
    public static String forAudience(String audience, String subject, String... roles) {
        return Jwt.issuer(ISSUER).audience(audience).subject(subject).groups(new HashSet<>(Arrays.asList(roles)))
                .issuedAt(System.currentTimeMillis() / 1000).expiresIn(Duration.ofHours(1)).sign(key());
    }

    /** A token issued {@code age} ago that has not expired yet (issued with a far expiry). */
    public static String issuedAgo(Duration age, String subject, String... roles) {
        long issued = System.currentTimeMillis() / 1000 - age.toSeconds();
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(new HashSet<>(Arrays.asList(roles)))
                .issuedAt(issued).expiresAt(issued + age.toSeconds() + 3600).sign(key());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static synchronized PrivateKey key() {
        if (signingKey == null) {
            try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
                signingKey = KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot read the test signing key " + PRIVATE_KEY_RESOURCE, e);
            }
        }
        return signingKey;
    }
}
