package vn.tochuc.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

    interface Route {

        /** Base address of the service, scheme, host and port only (paths are not rewritten). */
        String url();

        /** Path prefixes the service owns, e.g. {@code /api/v1/org-units}. */
        List<String> prefixes();
    }
}
