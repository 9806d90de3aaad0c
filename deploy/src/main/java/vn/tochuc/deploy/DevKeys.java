package vn.tochuc.deploy;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * The local stack's stand-in for the identity provider: an RSA key pair made once in {@code .run/keys}, whose public
 * half the services verify tokens with, and whose private half signs the tokens of the demo loader and of
 * {@code ./tochuc token}. For one machine only: production points the services at the real provider.
 */
public final class DevKeys {

    public static final String ISSUER = "https://tochuc.local/dev";
    /** What the services and the gateway require in aud (platform-security's mp.jwt.verify.audiences default). */
    public static final String AUDIENCE = "tochuc-api";

    private final Path dir;

    public DevKeys(Path runDir) {
        this.dir = runDir.resolve("keys");
    }

    public Path publicKey() {
        return dir.resolve("jwt-public.pem");
    }

    Path privateKey() {
        return dir.resolve("jwt-private.pem");
    }

    /** Makes the key pair unless it exists; reusing it keeps tokens issued earlier valid across restarts. */
    public DevKeys ensure() {
        if (Files.isRegularFile(publicKey()) && Files.isRegularFile(privateKey())) {
            return this;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(privateKey(), "PRIVATE KEY", pair.getPrivate().getEncoded());
            write(publicKey(), "PUBLIC KEY", pair.getPublic().getEncoded());
            return this;
        } catch (IOException | GeneralSecurityException e) {
            throw new LauncherException("Cannot create the local signing key in " + dir + ": " + e.getMessage()
                    + ". Check that the folder is writable.", e);
        }
    }

    /** A token as the identity provider would issue it, for {@code subject} in {@code roles}. */
    public String token(String subject, Collection<String> roles, List<String> orgUnits, Duration lifetime) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(new HashSet<>(roles))
                .claim("org_units", orgUnits).issuedAt(System.currentTimeMillis() / 1000).expiresIn(lifetime)
                .sign(loadPrivateKey());
    }

    private PrivateKey loadPrivateKey() {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(ensure().privateKey(), StandardCharsets.US_ASCII));
        } catch (IOException | GeneralSecurityException e) {
            throw new LauncherException("Cannot read the local signing key " + privateKey() + ": " + e.getMessage()
                    + ". Delete " + dir + " to have a new pair made (tokens issued before stop working).", e);
        }
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(partial, pem, StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
