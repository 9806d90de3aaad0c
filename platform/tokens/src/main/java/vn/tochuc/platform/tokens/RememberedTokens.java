package vn.tochuc.platform.tokens;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer tokens this service has verified, by their full text (signature included, so a changed token is a
 * different key), until the earlier of their expiry and the end of their allowed age ({@code
 * mp.jwt.verify.token.age}). A client sends the same token on every call, and smallrye-jwt parsed it and verified
 * its RSA signature each time: a tenth of the CPU of a name search (JFR, 1 December). A remembered token is never
 * accepted after the moment the verifier would refuse it (the verifier also allows the clock skew on top); past it,
 * the token is verified afresh and refused there. The gateway and the services share it: the gateway probes it on
 * its event loop ({@link #remembered}) and verifies a new token on a worker; a service's requests parse through it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberedTokens implements JWTParser {


    private record Entry(JsonWebToken jwt, long validUntilMillis) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final JWTParser verifier;
    private final long maxAgeSeconds;
    /** Bounded: past this many distinct live tokens the memory is dropped and tokens are verified afresh. */
    private final int maxEntries;
    private final LongSupplier clock;

    @Inject // two constructors: without it the class would silently not be a bean, and tokens verified every time
    RememberedTokens(DefaultJWTParser verifier,
            @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> maxAgeSeconds,
            @ConfigProperty(name = "tochuc.tokens.remembered", defaultValue = "2000") int maxEntries) {
        this(verifier, maxAgeSeconds.orElse(Long.MAX_VALUE), maxEntries, System::currentTimeMillis);
    }

    RememberedTokens(JWTParser verifier, long maxAgeSeconds, int maxEntries, LongSupplier clock) {
        this.verifier = verifier;
        this.maxAgeSeconds = maxAgeSeconds;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /**
     * The token as verified earlier, while it is still acceptable; null when it must be verified (never verifies,
     * so it is cheap enough for an event loop).
     */
    public JsonWebToken remembered(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() < entry.validUntilMillis()) {
            return entry.jwt();
        }
        entries.remove(token, entry);
        return null;
    }

    /** The path of every request's bearer token (Quarkus' MpJwtValidator). */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = remembered(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = verifier.parse(token);
        remember(token, jwt);
        return jwt;
    }

    private void remember(String token, JsonWebToken jwt) {
        long until = seconds(jwt, "exp");
        if (until <= 0) {
            return; // no expiry to bound the memory by: verified every time
        }
        if (maxAgeSeconds != Long.MAX_VALUE) {
            long issued = seconds(jwt, "iat");
            if (issued <= 0) {
                return; // an age limit but no issue time: left to the verifier every time
            }
            until = Math.min(until, issued + maxAgeSeconds);
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(token, new Entry(jwt, until * 1000));
    }

    /** A NumericDate claim in seconds, 0 when absent. */
    private static long seconds(JsonWebToken jwt, String claim) {
        Object value = jwt.getClaim(claim);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof jakarta.json.JsonNumber number) {
            return number.longValue();
        }
        return 0;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
