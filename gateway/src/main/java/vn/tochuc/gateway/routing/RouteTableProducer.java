package vn.tochuc.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;
import vn.tochuc.gateway.config.GatewayConfig;

/** Builds the route table once at startup, so a wrong entry stops the gateway instead of misrouting calls. */
@ApplicationScoped
public class RouteTableProducer {

    private static final Logger LOG = Logger.getLogger(RouteTableProducer.class);

    @Produces
    @Singleton
    RouteTable routeTable(GatewayConfig config) {
        List<Upstream> upstreams = config.routes().entrySet().stream()
                .map(e -> Upstream.parse(e.getKey(), e.getValue().url(), e.getValue().prefixes()))
                .toList();
        RouteTable table = RouteTable.of(upstreams);
        if (upstreams.isEmpty()) {
            LOG.warn("No routes configured: every API call will be answered 404. Add tochuc.gateway.routes.<service>.url"
                    + " and .prefixes");
        }
        for (Upstream upstream : table.upstreams()) {
            LOG.infof("Route %s -> %s for %s", upstream.name(), upstream.baseUrl(), upstream.prefixes());
        }
        return table;
    }
}
