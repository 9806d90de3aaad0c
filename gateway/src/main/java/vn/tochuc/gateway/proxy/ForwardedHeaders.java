package vn.tochuc.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the upstream who really called (X-Forwarded-For/-Proto/-Host), since it only sees the gateway's socket,
 * and drops hop-by-hop headers both ways. vertx-http-proxy already drops the fixed list; this also drops any
 * Proxy-* header and the headers a Connection header names (RFC 9110, 7.6.1).
 */
final class ForwardedHeaders implements ProxyInterceptor {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";
    private static final Set<String> HOP_BY_HOP =
            Set.of("connection", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade");

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        stripHopByHop(headers);
        // ProxyDispatcher already answered "100-continue"; the upstream must not make the body wait a second time.
        headers.remove(HttpHeaders.EXPECT);

        List<String> chain = new ArrayList<>(headers.getAll(X_FORWARDED_FOR));
        if (incoming.remoteAddress() != null) {
            chain.add(incoming.remoteAddress().hostAddress());
        }
        if (!chain.isEmpty()) {
            headers.set(X_FORWARDED_FOR, String.join(", ", chain));
        }
        headers.set(X_FORWARDED_PROTO, incoming.scheme() == null ? "http" : incoming.scheme());
        HostAndPort authority = incoming.authority();
        String host = authority != null ? authority.toString() : incoming.getHeader(HttpHeaders.HOST);
        if (host != null) {
            headers.set(X_FORWARDED_HOST, host);
        }
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        stripHopByHop(context.response().headers());
        return context.sendResponse();
    }

    static void stripHopByHop(MultiMap headers) {
        for (String listed : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String name : listed.split(",")) {
                if (!name.isBlank()) {
                    headers.remove(name.trim());
                }
            }
        }
        for (String name : new ArrayList<>(headers.names())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(lower) || lower.startsWith("proxy-")) {
                headers.remove(name);
            }
        }
    }
}
