package vn.tochuc.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

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
    /** Timers by route and status class, built once: building and registering one per call cost every call. */
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    public RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void track(RoutingContext context, String route) {
        long started = System.nanoTime();
        context.addEndHandler(done -> timer(route,
                done.succeeded() ? statusClass(context.response().getStatusCode()) : "aborted")
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
    }

    private Timer timer(String route, String status) {
        return timers.computeIfAbsent(route + ' ' + status, key -> Timer.builder(NAME)
                .description("Calls through the gateway by route and status class")
                .tag("route", route)
                .tag("status", status)
                .register(registry));
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
