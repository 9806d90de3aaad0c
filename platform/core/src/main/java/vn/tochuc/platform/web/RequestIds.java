package vn.tochuc.platform.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The request id that ties a call's log lines, errors and events together. The gateway sets it; a service keeps
 * a sane incoming one and creates one otherwise, and echoes it on every response.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String CONTEXT_KEY = "tochuc.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private RequestIds() {
    }

    /** Vert.x route handler run before anything else on every request. */
    static void assign(RoutingContext context) {
        String incoming = context.request().getHeader(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        context.put(CONTEXT_KEY, id);
        context.request().headers().set(HEADER, id);
        context.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        context.addEndHandler(done -> MDC.remove(MDC_KEY));
        context.next();
    }

    /** The id of the request being served; read from the header {@link #assign} normalized. */
    public static String current(HttpServerRequest request) {
        if (request == null) {
            Object fromLog = MDC.get(MDC_KEY);
            return fromLog == null ? null : fromLog.toString();
        }
        return request.getHeader(HEADER);
    }
}
