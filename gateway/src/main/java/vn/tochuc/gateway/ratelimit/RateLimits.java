package vn.tochuc.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.tochuc.gateway.auth.TokenCheck;
import vn.tochuc.gateway.config.GatewayConfig;
import vn.tochuc.gateway.problem.Problems;
import vn.tochuc.gateway.web.ClientAddress;

/**
 * Limits calls per caller (the token's subject, else the client's address) and per route class, and says so in
 * the headers of draft-ietf-httpapi-ratelimit-headers: {@code RateLimit-Policy: "reads";q=600;w=60} (quota q per
 * window w seconds) and {@code RateLimit: "reads";r=599;t=0} (r calls left, t seconds until the quota is whole
 * again). A caller over its limit gets 429 problem+json with Retry-After, before any service is called.
 */
public final class RateLimits implements Handler<RoutingContext> {

    private record Policy(RouteClass routeClass, BucketConfiguration bucket, long quota, long windowSeconds,
            String header) {
    }

    private final Buckets buckets;
    private final String keyPrefix;
    private final List<String> importPaths;
    private final List<String> reportPaths;
    private final Map<RouteClass, Policy> policies = new EnumMap<>(RouteClass.class);
    private final ClientAddress clientAddress;

    public RateLimits(Buckets buckets, GatewayConfig.RateLimit config, ClientAddress clientAddress) {
        this.buckets = buckets;
        this.keyPrefix = config.keyPrefix();
        this.importPaths = config.importPaths();
        this.reportPaths = config.reportPaths();
        this.clientAddress = clientAddress;
        for (RouteClass routeClass : RouteClass.values()) {
            GatewayConfig.Limit limit = config.classes().get(routeClass.key());
            if (limit == null) {
                throw new IllegalArgumentException("tochuc.gateway.rate-limit.classes." + routeClass.key()
                        + ".capacity and .period are missing; every route class needs a limit, e.g. capacity=600,"
                        + " period=1M");
            }
            policies.put(routeClass, policy(routeClass, limit.capacity(), limit.period()));
        }
    }

    private static Policy policy(RouteClass routeClass, long capacity, Duration period) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("tochuc.gateway.rate-limit.classes." + routeClass.key()
                    + " needs a capacity of at least 1 and a positive period");
        }
        BucketConfiguration bucket = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
        long window = Math.max(1, period.toSeconds());
        return new Policy(routeClass, bucket, capacity, window,
                "\"" + routeClass.key() + "\";q=" + capacity + ";w=" + window);
    }

    @Override
    public void handle(RoutingContext context) {
        String path = context.normalizedPath();
        Policy policy = policies.get(RouteClass.of(context.request().method(), path, importPaths, reportPaths));
        String subject = context.get(TokenCheck.SUBJECT);
        String caller = subject != null && !subject.isEmpty() ? "sub:" + subject
                : "ip:" + clientAddress.of(context.request());
        String key = keyPrefix + policy.routeClass().key() + ":" + caller;
        CompletableFuture<ConsumptionProbe> decided = buckets.tryConsume(key, policy.bucket()).toCompletableFuture();
        if (decided.isDone()) {
            // Counted locally (Redis not needed this time): go on in this event-loop turn, no hop and no pause.
            answer(context, policy, decided.join());
            return;
        }
        Context vertxContext = context.vertx().getOrCreateContext();
        // Hold the body while Redis answers: chunks arriving before the proxy pipes the body would be lost (the
        // service would then wait for a body that never comes). The proxy's pipe resumes it.
        context.request().pause();
        decided.whenComplete((probe, failure) -> vertxContext.runOnContext(v -> answer(context, policy, probe)));
    }

    private void answer(RoutingContext context, Policy policy, ConsumptionProbe probe) {
        long remaining = Math.max(0, probe.getRemainingTokens());
        long resetSeconds = secondsUntilWhole(policy, remaining);
        context.response().putHeader("RateLimit-Policy", policy.header());
        context.response().putHeader("RateLimit",
                "\"" + policy.routeClass().key() + "\";r=" + remaining + ";t=" + resetSeconds);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        Problems.send(context.response(), Problems.of(context.request(), 429, "too-many-requests",
                "Too many " + policy.routeClass().key() + " from this caller: at most " + policy.quota()
                        + " per " + policy.windowSeconds() + " s. Try again in " + retryAfter + " s, or spread the"
                        + " calls out (the RateLimit header says how many are left)."));
    }

    /** Seconds until a greedily refilled bucket with {@code remaining} tokens is full again. */
    private static long secondsUntilWhole(Policy policy, long remaining) {
        long missing = policy.quota() - remaining;
        if (missing <= 0) {
            return 0;
        }
        return (missing * policy.windowSeconds() + policy.quota() - 1) / policy.quota();
    }
}
