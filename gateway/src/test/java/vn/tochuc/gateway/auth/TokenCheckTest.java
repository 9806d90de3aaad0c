package vn.tochuc.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.tochuc.gateway.support.FakeUpstream;
import vn.tochuc.gateway.support.FakeUpstreams;
import vn.tochuc.platform.testing.TestTokens;

/** Every kind of bad token is refused at the gateway, and the service behind it never hears of the call. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class TokenCheckTest {

    private static final String PATH = "/api/v1/org-units/42";

    @Test
    void shouldPassAValidTokenToTheService() {
        int before = FakeUpstream.callsTo("org-service");
        given().header("Authorization", TestTokens.bearer(TestTokens.boardOfficer()))
                .when().get(PATH).then().statusCode(200);
        assertThat(FakeUpstream.callsTo("org-service")).isEqualTo(before + 1);
    }

    @Test
    void shouldRefuseACallWithoutTokenBeforeCallingTheService() {
        assertRefusedUnseen(null, "needs a bearer token");
    }

    @Test
    void shouldRefuseATokenSignedWithAnotherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("intruder")
                .groups("administrator").sign(generator.generateKeyPair().getPrivate());
        assertRefusedUnseen(forged, "refused");
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        assertRefusedUnseen(TestTokens.expired("late@test", "board-officer"), "refused");
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() throws Exception {
        String token = Jwt.issuer("https://someone-else.example/issuer").audience(TestTokens.AUDIENCE)
                .subject("stranger").groups("board-officer").sign(testPrivateKey());
        assertRefusedUnseen(token, "refused");
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        assertRefusedUnseen(TestTokens.forAudience("another-provincial-system", "elsewhere@test", "board-officer"),
                "refused");
    }

    @Test
    void shouldRefuseATokenOlderThanTheMaximumAgeEvenBeforeItExpires() {
        assertRefusedUnseen(TestTokens.issuedAgo(Duration.ofHours(13), "old@test", "board-officer"), "refused");
    }

    @Test
    void shouldRefuseAnUnsignedTokenWithAlgNone() {
        String header = base64Url(new JsonObject().put("alg", "none").put("typ", "JWT").encode());
        assertRefusedUnseen(header + "." + base64Url(claims().encode()) + ".", "refused");
    }

    @Test
    void shouldRefuseAnHs256TokenSignedWithThePublicKeyAsSecret() throws Exception {
        String header = base64Url(new JsonObject().put("alg", "HS256").put("typ", "JWT").encode());
        String signingInput = header + "." + base64Url(claims().encode());
        byte[] publicKeyPem;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TestTokens.PUBLIC_KEY_RESOURCE)) {
            publicKeyPem = in.readAllBytes();
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKeyPem, "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        assertRefusedUnseen(signingInput + "." + signature, "refused");
    }

    @Test
    void shouldLetHealthAndApiDocumentsPassWithoutToken() {
        given().header("Authorization", "").when().get("/q/health/live").then().statusCode(200);
        given().header("Authorization", "").when().get("/openapi").then().statusCode(200);
    }

    private static void assertRefusedUnseen(String token, String detail) {
        int before = FakeUpstream.callsTo("org-service");
        given().header("Authorization", token == null ? "" : "Bearer " + token)
                .when().get(PATH)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString(detail));
        assertThat(FakeUpstream.callsTo("org-service")).as("calls that reached org-service").isEqualTo(before);
    }

    private static JsonObject claims() {
        long now = System.currentTimeMillis() / 1000;
        return new JsonObject().put("iss", TestTokens.ISSUER).put("aud", TestTokens.AUDIENCE).put("sub", "intruder")
                .put("groups", new io.vertx.core.json.JsonArray().add("administrator"))
                .put("iat", now).put("exp", now + 3600);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static java.security.PrivateKey testPrivateKey() throws Exception {
        try (InputStream in = TokenCheckTest.class.getClassLoader()
                .getResourceAsStream("tochuc-test-jwt/private-key.pem")) {
            return io.smallrye.jwt.util.KeyUtils.decodePrivateKey(new String(in.readAllBytes(),
                    StandardCharsets.US_ASCII));
        }
    }
}
