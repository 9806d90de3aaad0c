package vn.tochuc.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.Optional;
import vn.tochuc.gateway.problem.Problems;
import vn.tochuc.gateway.resilience.CircuitBreaker;
import vn.tochuc.gateway.routing.RouteTable;

/** Sends a call whose path a service owns to that service, unchanged; leaves every other path to later routes. */
@Singleton
public class ProxyDispatcher implements Handler<RoutingContext> {

    private final RouteTable routes;
    private final UpstreamProxies proxies;

    public ProxyDispatcher(RouteTable routes, UpstreamProxies proxies) {
        this.routes = routes;
        this.proxies = proxies;
    }

    @Override
    public void handle(RoutingContext context) {
        // Match on the normalized path so "/api/v1/tasks/../cadres" goes where the service will resolve it;
        // the original URI is still what is forwarded.
        Optional<RouteTable.Match> match = routes.match(context.normalizedPath());
        if (match.isEmpty()) {
            context.next();
            return;
        }
        RouteTable.Match route = match.get();
        CircuitBreaker breaker = proxies.breakerOf(route.upstream());
        if (!breaker.allow()) {
            String service = route.upstream().name();
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(breaker.retryAfterSeconds()));
            Problems.send(context.response(), Problems.of(context.request(), 503, "service-unavailable", service
                    + " failed several calls in a row, so the gateway is not calling it for a few seconds. Try again"
                    + " after Retry-After; operators: check that " + service + " runs."));
            return;
        }
        // Quarkus leaves 100-continue to the application; the size check already passed, so let the body come.
        if ("100-continue".equalsIgnoreCase(context.request().getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        proxies.forUpstream(route.upstream()).handle(context.request());
    }
}
