package vn.tochuc.gateway.auth;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens already verified, by their full text (signature included, so a changed token is a different key), until
 * the earlier of their expiry and the end of their allowed age. A client sends the same token on every call;
 * verifying its RSA signature each time was the gateway's largest per-call cost.
 */
@Singleton
public class VerifiedTokens {

    /** Bounded: past this many distinct live tokens the memory is dropped and tokens are verified afresh. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String subject, long validUntilSeconds) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final long maxAgeSeconds;

    public VerifiedTokens(@ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> maxAgeSeconds) {
        this.maxAgeSeconds = maxAgeSeconds.orElse(Long.MAX_VALUE);
    }

    /** The subject of a token verified earlier and still valid now, else null. */
    public String subjectOf(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (entry.validUntilSeconds() <= System.currentTimeMillis() / 1000) {
            entries.remove(token);
            return null;
        }
        return entry.subject();
    }

    public void remember(String token, JsonWebToken jwt) {
        long until = jwt.getExpirationTime();
        if (maxAgeSeconds != Long.MAX_VALUE && jwt.getIssuedAtTime() > 0) {
            until = Math.min(until, jwt.getIssuedAtTime() + maxAgeSeconds);
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(token, new Entry(jwt.getSubject() == null ? "" : jwt.getSubject(), until));
    }
}
