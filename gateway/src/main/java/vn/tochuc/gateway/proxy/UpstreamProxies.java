package vn.tochuc.gateway.proxy;

import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.HttpProxy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.httpproxy.ProxyContext;
import vn.tochuc.gateway.problem.UpstreamFailure;
import vn.tochuc.gateway.resilience.CircuitBreaker;
import vn.tochuc.gateway.web.ClientAddress;
import vn.tochuc.gateway.config.GatewayConfig;
import vn.tochuc.gateway.config.MaxBodySize;
import vn.tochuc.gateway.routing.RouteTable;
import vn.tochuc.gateway.routing.Upstream;

/**
 * One Vert.x {@link HttpProxy} per service. vertx-http-proxy does the streaming, hop-by-hop filtering and
 * back-pressure; the interceptors add what the gateway promises on top (forwarding headers, body limit,
 * problem+json for failed exchanges). The first interceptor added wraps all the others.
 */
@Singleton
public class UpstreamProxies {

    private static final Set<HttpMethod> IDEMPOTENT =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    private final Map<String, CircuitBreaker> breakers = new HashMap<>();

    public UpstreamProxies(RouteTable routes, UpstreamClient client, GatewayConfig config, MaxBodySize maxBodySize,
            ClientAddress clientAddress) {
        for (Upstream upstream : routes.upstreams()) {
            GatewayConfig.Route route = config.routes().get(upstream.name());
            Duration timeout = route.timeout().orElse(config.upstreamTimeout());
            RequestOptions options = UpstreamClient.options(upstream, timeout);
            CircuitBreaker breaker = new CircuitBreaker(config.breaker().failureThreshold(), config.breaker().openFor());
            int retries = config.breaker().retries();
            HttpProxy proxy = HttpProxy.reverseProxy(client.client())
                    .origin(context -> connect(context, options, retries))
                    .addInterceptor(new UpstreamFailures(upstream, timeout, breaker))
                    .addInterceptor(new ChunkedBodyLimit(maxBodySize.bytes()))
                    .addInterceptor(new ForwardedHeaders(clientAddress, route.forwardAuthorization()));
            proxies.put(upstream.name(), proxy);
            breakers.put(upstream.name(), breaker);
        }
    }

    /**
     * Gets a connection to the service, trying again when it was refused and the method is idempotent. A refused
     * connection means no byte of the request left and none of the answer reached the caller, so trying again
     * cannot apply anything twice; a POST is still never repeated, as the rule has it.
     */
    private static Future<HttpClientRequest> connect(ProxyContext context, RequestOptions options, int retriesLeft) {
        Future<HttpClientRequest> attempt = context.client().request(new RequestOptions(options));
        if (retriesLeft <= 0 || !IDEMPOTENT.contains(context.request().getMethod())) {
            return attempt;
        }
        return attempt.recover(failure -> UpstreamFailure.isUnreachable(failure) && !UpstreamFailure.isTimeout(failure)
                ? connect(context, options, retriesLeft - 1) : Future.failedFuture(failure));
    }

    public HttpProxy forUpstream(Upstream upstream) {
        return proxies.get(upstream.name());
    }

    public CircuitBreaker breakerOf(Upstream upstream) {
        return breakers.get(upstream.name());
    }
}
