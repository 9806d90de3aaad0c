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
import vn.tochuc.gateway.web.ClientAddress;

/**
 * Tells the upstream who really called (X-Forwarded-For/-Proto/-Host), since it only sees the gateway's socket,
 * believing a caller's own forwarding headers only when the peer is a configured trusted proxy; keeps the
 * Authorization header from routes not configured for it; drops hop-by-hop headers both ways. vertx-http-proxy already drops the fixed list; this also drops any
 * Proxy-* header and the headers a Connection header names (RFC 9110, 7.6.1).
 */
final class ForwardedHeaders implements ProxyInterceptor {

    private final ClientAddress clientAddress;
    private final boolean forwardAuthorization;

    ForwardedHeaders(ClientAddress clientAddress, boolean forwardAuthorization) {
        this.clientAddress = clientAddress;
        this.forwardAuthorization = forwardAuthorization;
    }

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

        if (!forwardAuthorization) {
            // The caller's token is for the suite's services; a route that does not need it must not see it.
            headers.remove(HttpHeaders.AUTHORIZATION);
        }
        if (clientAddress.peerIsTrusted(incoming)) {
            // An outer proxy we trust already said who called and how; keep its word and add the hop.
            List<String> chain = new ArrayList<>(headers.getAll(X_FORWARDED_FOR));
            chain.add(incoming.remoteAddress().hostAddress());
            headers.set(X_FORWARDED_FOR, String.join(", ", chain));
            setIfAbsent(headers, X_FORWARDED_PROTO, scheme(incoming));
            setIfAbsent(headers, X_FORWARDED_HOST, host(incoming));
            return context.sendRequest();
        }
        // Anyone else could write any address or host there; the services would believe it. Drop it all.
        for (String name : new ArrayList<>(headers.names())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-forwarded-") || lower.equals("forwarded") || lower.equals("x-real-ip")) {
                headers.remove(name);
            }
        }
        if (incoming.remoteAddress() != null) {
            headers.set(X_FORWARDED_FOR, incoming.remoteAddress().hostAddress());
        }
        headers.set(X_FORWARDED_PROTO, scheme(incoming));
        String host = host(incoming);
        if (host != null) {
            headers.set(X_FORWARDED_HOST, host);
        }
        return context.sendRequest();
    }

    private static String scheme(HttpServerRequest incoming) {
        return incoming.scheme() == null ? "http" : incoming.scheme();
    }

    private static String host(HttpServerRequest incoming) {
        HostAndPort authority = incoming.authority();
        return authority != null ? authority.toString() : incoming.getHeader(HttpHeaders.HOST);
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (value != null && !headers.contains(name)) {
            headers.set(name, value);
        }
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
