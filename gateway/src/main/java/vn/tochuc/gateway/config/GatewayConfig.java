package vn.tochuc.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway's own settings. The route table is keyed by service name so that a launcher can move one service
 * with a single property, e.g. {@code -Dtochuc.gateway.routes.org-service.url=http://10.0.0.5:8081}.
 */
@ConfigMapping(prefix = "tochuc.gateway")
public interface GatewayConfig {

    /** Upstream services by name: {@code tochuc.gateway.routes.<name>.url} and {@code .prefixes}. */
    Map<String, Route> routes();

    /**
     * How long the gateway waits for an upstream to connect or to send the next bytes of its answer before giving
     * up with 504. It is an idle time, so a long download that keeps flowing is not cut.
     */
    @WithDefault("30s")
    Duration upstreamTimeout();

    /** How long the combined API document waits for each service's document. */
    @WithDefault("10s")
    Duration openapiTimeout();

    /**
     * Paths anyone may call without a token (health, API documents, Swagger UI), as prefixes. Every other path,
     * proxied or not, needs a valid token.
     */
    List<String> publicPaths();

    /**
     * Peers whose Forwarded / X-Forwarded-* headers are believed (an outer load balancer or ingress), as addresses
     * or CIDR blocks. From any other peer those headers are dropped and the gateway writes its own.
     */
    Optional<List<String>> trustedProxies();

    RateLimit rateLimit();

    Breaker breaker();

    interface Route {

        /** Base address of the service, scheme, host and port only (paths are not rewritten). */
        String url();

        /** Path prefixes the service owns, e.g. {@code /api/v1/org-units}. */
        List<String> prefixes();

        /** Whether the caller's Authorization header goes on to this service; off unless the service needs it. */
        @WithDefault("false")
        boolean forwardAuthorization();

        /** This service's own upstream timeout; the gateway-wide {@link #upstreamTimeout()} when absent. */
        Optional<Duration> timeout();
    }

    interface RateLimit {

        /** Off only for measurements or a single trusted caller; on in every deployed environment. */
        @WithDefault("true")
        boolean enabled();

        /** Where the buckets are shared between replicas. */
        @WithDefault("redis://127.0.0.1:6379")
        String redisUrl();

        /** Prefix of every bucket key in Redis, so that suites (or test runs) sharing a Redis do not mix counts. */
        @WithDefault("tochuc:rl:")
        String keyPrefix();

        /** How long a Redis call may take before the gateway counts on its own buckets for that call. */
        @WithDefault("250ms")
        Duration redisTimeout();

        /** Path prefixes whose calls count as imports (any method but GET/HEAD/OPTIONS). */
        List<String> importPaths();

        /** Path prefixes whose calls count as reports (GET). */
        List<String> reportPaths();

        /** Limits by route class: reads, writes, imports, reports. */
        Map<String, Limit> classes();
    }

    interface Limit {

        /** Calls allowed per {@link #period()}, and the burst a quiet caller may spend at once. */
        long capacity();

        Duration period();
    }

    interface Breaker {

        /** Consecutive failed exchanges (refused, reset, timed out) that open the breaker of a service. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker answers 503 at once before it lets one trial call through. */
        @WithDefault("10s")
        Duration openFor();

        /** How often an idempotent call (GET, HEAD, OPTIONS, PUT, DELETE) is tried again on a refused connection. */
        @WithDefault("1")
        int retries();
    }
}
