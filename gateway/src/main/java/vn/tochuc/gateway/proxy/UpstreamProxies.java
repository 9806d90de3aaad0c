package vn.tochuc.gateway.proxy;

import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.HttpProxy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public UpstreamProxies(RouteTable routes, UpstreamClient client, GatewayConfig config, MaxBodySize maxBodySize) {
        Duration timeout = config.upstreamTimeout();
        for (Upstream upstream : routes.upstreams()) {
            RequestOptions options = UpstreamClient.options(upstream, timeout);
            HttpProxy proxy = HttpProxy.reverseProxy(client.client())
                    .origin(context -> context.client().request(new RequestOptions(options)))
                    .addInterceptor(new UpstreamFailures(upstream, timeout))
                    .addInterceptor(new ChunkedBodyLimit(maxBodySize.bytes()))
                    .addInterceptor(new ForwardedHeaders());
            proxies.put(upstream.name(), proxy);
        }
    }

    public HttpProxy forUpstream(Upstream upstream) {
        return proxies.get(upstream.name());
    }
}
