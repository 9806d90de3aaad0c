package vn.tochuc.gateway.auth;

import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.tochuc.gateway.problem.Problems;
import vn.tochuc.platform.tokens.RememberedTokens;

/**
 * Refuses a call without a valid bearer token before anything else is done for it, so that no service is called
 * for a caller the services would refuse anyway. The token is verified by smallrye-jwt with the very settings
 * the services use (signature with RS256 only, issuer, audience, expiry, maximum age; platform-security's
 * microprofile-config.properties, copied into the gateway at build time), once per token: a token verified before
 * is accepted from memory on the event loop until the verifier would refuse it (platform-tokens). Public paths
 * (health, API documents, Swagger UI) pass without a token.
 */
public final class TokenCheck implements Handler<RoutingContext> {

    /** Routing context key of the verified token's subject, which the rate limiter counts calls by. */
    public static final String SUBJECT = "tochuc.subject";
    private static final String BEARER = "Bearer ";

    private final RememberedTokens tokens;
    private final List<String> publicPaths;

    public TokenCheck(RememberedTokens tokens, List<String> publicPaths) {
        this.tokens = tokens;
        this.publicPaths = List.copyOf(publicPaths);
    }

    @Override
    public void handle(RoutingContext context) {
        if (isPublic(context.normalizedPath())) {
            context.next();
            return;
        }
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.length() == BEARER.length()) {
            refuse(context, "This path needs a bearer token: send 'Authorization: Bearer <token>' with a token"
                    + " from the identity provider (locally: ./tochuc token).", "invalid_request");
            return;
        }
        String token = header.substring(BEARER.length()).trim();
        JsonWebToken known = tokens.remembered(token);
        if (known != null) {
            accept(context, known.getSubject());
            return;
        }
        // Verified once per token, off the event loop: the first use may fetch keys (a JWKS URL) and RSA costs.
        context.request().pause(); // keep the body for the proxy until the answer is known (see RateLimits)
        context.vertx().<JsonWebToken>executeBlocking(() -> tokens.parse(token), false).onComplete(done -> {
            if (done.succeeded()) {
                JsonWebToken jwt = done.result();
                accept(context, jwt.getSubject());
            } else {
                refuse(context, "The bearer token was refused: " + reason(done.cause())
                        + ". Ask the identity provider for a new token for this suite.", "invalid_token");
            }
        });
    }

    private boolean isPublic(String path) {
        for (String prefix : publicPaths) {
            if (path.equals(prefix) || path.startsWith(prefix) && (prefix.endsWith("/")
                    || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    private static void accept(RoutingContext context, String subject) {
        context.put(SUBJECT, subject);
        context.next();
    }

    private static void refuse(RoutingContext context, String detail, String error) {
        context.response().putHeader("WWW-Authenticate",
                "Bearer realm=\"tochuc\", error=\"" + error + "\"");
        Problems.send(context.response(), Problems.of(context.request(), 401, "unauthorized", detail));
    }

    /** What was wrong, without echoing the token: expired, wrong issuer, wrong audience, bad signature... */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (failure instanceof ParseException && message.length() > 300) {
            message = message.substring(0, 300) + "...";
        }
        return message;
    }
}
