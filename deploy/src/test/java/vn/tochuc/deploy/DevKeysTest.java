package vn.tochuc.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevKeysTest {

    @TempDir
    Path runDir;

    @Test
    void shouldSignTokensTheServicesCanVerifyWithThePublicKey() throws Exception {
        DevKeys keys = new DevKeys(runDir).ensure();
        String token = keys.token("to-chuc@tamduong", List.of("unit-officer"),
                List.of("6f1c1b8e-4f7a-4c1e-9a52-0d3f1c2b7a10"), Duration.ofHours(1));

        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(publicKey(keys.publicKey()));
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("iss").asText()).isEqualTo(DevKeys.ISSUER);
        assertThat(claims.path("sub").asText()).isEqualTo("to-chuc@tamduong");
        assertThat(claims.path("groups").get(0).asText()).isEqualTo("unit-officer");
        assertThat(claims.path("org_units").get(0).asText()).isEqualTo("6f1c1b8e-4f7a-4c1e-9a52-0d3f1c2b7a10");
        // what the services and the gateway require besides the signature: the audience and the issue time
        assertThat(claims.path("aud").isArray() ? claims.path("aud").get(0).asText() : claims.path("aud").asText())
                .isEqualTo(DevKeys.AUDIENCE);
        assertThat(claims.path("iat").asLong()).isCloseTo(System.currentTimeMillis() / 1000, within(60L));
    }

    @Test
    void shouldRefuseATokenLongerThanTheMaximumAgeTheServicesAccept() {
        assertThatThrownBy(() -> TokenCommand.run(runDir, List.of("--hours", "13")))
                .hasMessageContaining("between 1 and 12");
    }

    @Test
    void shouldKeepTheKeyPairAcrossRunsSoEarlierTokensStayValid() throws Exception {
        String first = Files.readString(new DevKeys(runDir).ensure().publicKey());
        String second = Files.readString(new DevKeys(runDir).ensure().publicKey());

        assertThat(second).isEqualTo(first).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void shouldRefuseAnUnknownRoleAndAnOrgUnitThatIsNotAnId() {
        assertThatThrownBy(() -> TokenCommand.run(runDir, List.of("--role", "superuser")))
                .hasMessageContaining("--role must be one of");
        assertThatThrownBy(() -> TokenCommand.run(runDir, List.of("--org-unit", "Tam Dương")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TokenCommand.run(runDir, List.of("--role", "viewer", "--subject", "a",
                "--org-unit", "6f1c1b8e-4f7a-4c1e-9a52-0d3f1c2b7a10"))).contains(".");
    }

    @Test
    void shouldRefuseAScopedRoleWithoutOrgUnitsWithAHint() {
        assertThatThrownBy(() -> TokenCommand.run(runDir, List.of("--role", "unit-officer")))
                .hasMessageContaining("--org-unit ID");
        assertThat(TokenCommand.run(runDir, List.of("--role", "unit-officer", "--role", "board-officer")))
                .contains(".");
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
