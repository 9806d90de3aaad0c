package vn.tochuc.gateway.metrics;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import vn.tochuc.gateway.routing.RouteTable;

/**
 * Labels a call with its route as soon as it arrives, so that answers given before the proxy (CORS preflight,
 * 413) are counted under the service too, and Quarkus's own http_server_requests metric gets the prefix as its
 * uri label instead of every full path (ids in paths would make one time series per record).
 */
public final class RouteTagger implements Handler<RoutingContext> {

    /** The key Quarkus's HTTP server metrics read to label a request by template instead of by full path. */
    private static final String URL_TEMPLATE_LOCAL = "UrlPathTemplate";

    private final RouteTable routes;
    private final RouteMetrics metrics;

    public RouteTagger(RouteTable routes, RouteMetrics metrics) {
        this.routes = routes;
        this.metrics = metrics;
    }

    @Override
    public void handle(RoutingContext context) {
        routes.match(context.normalizedPath()).ifPresent(match -> {
            metrics.track(context, match.upstream().name());
            ContextLocals.put(URL_TEMPLATE_LOCAL, match.prefix() + "/*");
        });
        context.next();
    }
}
