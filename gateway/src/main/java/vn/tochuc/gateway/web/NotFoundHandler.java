package vn.tochuc.gateway.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import vn.tochuc.gateway.metrics.RouteMetrics;
import vn.tochuc.gateway.problem.Problems;
import vn.tochuc.gateway.routing.RouteTable;

/** Last route: nothing else answered, so no service owns the path. Replaces Vert.x's HTML "Resource not found". */
public final class NotFoundHandler implements Handler<RoutingContext> {

    private final RouteTable routes;
    private final RouteMetrics metrics;

    public NotFoundHandler(RouteTable routes, RouteMetrics metrics) {
        this.routes = routes;
        this.metrics = metrics;
    }

    @Override
    public void handle(RoutingContext context) {
        metrics.track(context, RouteMetrics.UNMATCHED);
        String path = context.request().path();
        String known = routes.prefixes().isEmpty() ? "none are configured" : String.join(", ", routes.prefixes());
        Problems.send(context.response(), Problems.of(context.request(), 404, "not-found",
                "No service serves " + path + ". Paths served through this gateway start with one of: " + known
                        + ". The API is described at /q/swagger-ui (document at /openapi)."));
    }
}
