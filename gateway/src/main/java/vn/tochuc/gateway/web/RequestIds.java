package vn.tochuc.gateway.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every call one request id that ties the gateway's and the services' log lines and errors together.
 * A sane incoming id is kept so a client or an outer proxy can correlate; anything else is replaced, because the
 * id ends up in logs and headers and must not carry injected text.
 */
public final class RequestIds implements Handler<RoutingContext> {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    @Override
    public void handle(RoutingContext context) {
        String id = saneOrNew(context.request().getHeader(HEADER));
        // Normalizing the request header makes the proxy forward exactly this id to the upstream.
        context.request().headers().set(HEADER, id);
        // Set when headers are written so it wins over an upstream's own X-Request-Id and also lands on errors.
        context.addHeadersEndHandler(v -> context.response().headers().set(HEADER, id));
        MDC.put(MDC_KEY, id);
        context.addEndHandler(done -> MDC.remove(MDC_KEY));
        context.next();
    }

    public static String saneOrNew(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : newId();
    }

    /**
     * A random (version 4) UUID from the thread's own generator. UUID.randomUUID() draws from one shared
     * SecureRandom, which every event loop thread would contend for on every call; a request id needs to be
     * unique, not unguessable.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = random.nextLong() & ~0xF000L | 0x4000L;
        long least = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** The id of the request being served, as {@link #handle} normalized it. */
    public static String current(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
