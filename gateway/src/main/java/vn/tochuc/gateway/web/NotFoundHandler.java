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
        if (path.startsWith("/q/openapi")) {
            // a service's own document lives at /q/openapi; the gateway's combined one does not
            Problems.send(context.response(), Problems.of(context.request(), 404, "not-found", "The gateway serves "
                    + "the combined API document of every service at /openapi (?format=json for JSON), and one "
                    + "service's at /openapi/{service}; /q/openapi is a service's own address."));
            return;
        }
        String known = routes.prefixes().isEmpty() ? "none are configured" : String.join(", ", routes.prefixes());
        Problems.send(context.response(), Problems.of(context.request(), 404, "not-found",
                "No service serves " + path + ". Paths served through this gateway start with one of: " + known
                        + ". The API is described at /q/swagger-ui (document at /openapi)."));
    }
}
