package vn.tochuc.deploy;

import java.time.Duration;

/** What a person needs once the suite is up: where to click and where to read. */
final class SuiteSummary {

    private SuiteSummary() {
    }

    static String describe(SuiteConfig config, Duration startup) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%nToChuc is up: all services healthy %.1f s after launch.%n%n",
                startup.toMillis() / 1000.0));
        config.gateway().ifPresent(g -> {
            String base = g.baseUrl(config.host());
            text.append("  Gateway (use this):      ").append(base).append("/api/v1/...\n");
            text.append("  Swagger UI, all APIs:    ").append(base).append("/q/swagger-ui\n");
            text.append("  Combined OpenAPI:        ").append(base).append("/openapi\n");
            text.append("  A token for the APIs:    ./tochuc token --role board-officer (Authorize in Swagger UI)\n\n");
        });
        for (ServiceSpec s : config.services()) {
            if (s.name().equals(SuiteConfig.GATEWAY)) {
                continue;
            }
            String base = s.baseUrl(config.host());
            text.append(String.format("  %-14s %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n",
                    s.name() + ":", base, base, base));
        }
        text.append(String.format("%n  Kafka:     %s%n", config.kafkaBootstrap()));
        text.append(String.format("  Databases: %s on %s (user %s)%n", config.databases(),
                Databases.withDatabase(config.pgAdminUrl(), ""), config.dbRole()));
        text.append(String.format("  Logs:      %s/ (one file per process)%n", config.logsDir()));
        text.append(String.format("%nPress Ctrl-C to stop everything.%n"));
        return text.toString();
    }
}
