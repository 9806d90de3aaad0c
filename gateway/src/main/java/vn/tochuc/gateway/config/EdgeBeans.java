package vn.tochuc.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import vn.tochuc.gateway.ratelimit.Buckets;
import vn.tochuc.gateway.web.ClientAddress;

/** The edge's shared parts, built once from configuration so a wrong entry stops the gateway at start. */
@ApplicationScoped
public class EdgeBeans {

    @Produces
    @Singleton
    ClientAddress clientAddress(GatewayConfig config) {
        return new ClientAddress(config.trustedProxies().orElse(List.of()));
    }

    @Produces
    @Singleton
    Buckets buckets(GatewayConfig config) {
        return new Buckets(config.rateLimit().redisUrl(), config.rateLimit().redisTimeout());
    }

    void close(@Disposes Buckets buckets) {
        buckets.close();
    }
}
