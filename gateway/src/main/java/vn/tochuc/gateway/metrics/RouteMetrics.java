package vn.tochuc.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Times every call per route (service name) and status class: {@code tochuc_gateway_requests_seconds_*} in
 * Prometheus. Labels stay few (services x classes), unlike full paths, so the series count cannot explode.
 */
@Singleton
public class RouteMetrics {

    public static final String NAME = "tochuc.gateway.requests";
    public static final String UNMATCHED = "unmatched";
    public static final String OPENAPI = "openapi";

    private final MeterRegistry registry;

    public RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void track(RoutingContext context, String route) {
        Timer.Sample sample = Timer.start(registry);
        context.addEndHandler(done -> sample.stop(Timer.builder(NAME)
                .description("Calls through the gateway by route and status class")
                .tag("route", route)
                .tag("status", done.succeeded() ? statusClass(context.response().getStatusCode()) : "aborted")
                .register(registry)));
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
