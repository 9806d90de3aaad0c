package vn.tochuc.gateway.proxy;

import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import io.vertx.core.Future;

/**
 * Enforces the body limit on bodies without Content-Length (chunked), which no earlier handler can check because
 * their size is only known while they stream. Counting as they pass keeps the proxy from buffering them.
 */
final class ChunkedBodyLimit implements ProxyInterceptor {

    private static final String ATTACHMENT = "tochuc.limited-body";

    private final long limit;

    ChunkedBodyLimit(long limit) {
        this.limit = limit;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Body body = context.request().getBody();
        if (body != null && body.length() < 0 && limit < Long.MAX_VALUE) {
            LimitedReadStream limited = new LimitedReadStream(body.stream(), limit);
            context.request().setBody(Body.body(limited, -1));
            context.set(ATTACHMENT, limited);
        }
        return context.sendRequest();
    }

    /** True when the exchange failed because this interceptor cut an over-long body. */
    static boolean exceeded(ProxyContext context) {
        LimitedReadStream limited = context.get(ATTACHMENT, LimitedReadStream.class);
        return limited != null && limited.exceeded();
    }

    static long limitOf(ProxyContext context) {
        LimitedReadStream limited = context.get(ATTACHMENT, LimitedReadStream.class);
        return limited == null ? -1 : limited.limit();
    }
}
