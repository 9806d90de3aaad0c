package vn.tochuc.gateway.openapi;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.tochuc.gateway.config.GatewayConfig;
import vn.tochuc.gateway.metrics.RouteMetrics;
import vn.tochuc.gateway.problem.Problem;
import vn.tochuc.gateway.problem.Problems;
import vn.tochuc.gateway.problem.UpstreamFailure;
import vn.tochuc.gateway.routing.RouteTable;
import vn.tochuc.gateway.routing.Upstream;
import vn.tochuc.gateway.web.RequestIds;

/**
 * GET /openapi (all services merged) and GET /openapi/{service} (one service's own document). The merged one is
 * served at /openapi and not at /q/openapi because /q/openapi is Quarkus's SmallRye endpoint describing the
 * gateway's own routes; replacing a framework endpoint would break its other forms (.yaml, ?format=).
 */
@Singleton
public class OpenApiHandlers {

    /** Names the services whose documents are missing from the merged one, so a client need not parse the body. */
    public static final String UNAVAILABLE_HEADER = "X-ToChuc-Unavailable-Services";

    private static final Logger LOG = Logger.getLogger(OpenApiHandlers.class);

    private final RouteTable routes;
    private final OpenApiClient client;
    private final GatewayConfig config;
    private final RouteMetrics metrics;
    private final String version;

    public OpenApiHandlers(RouteTable routes, OpenApiClient client, GatewayConfig config, RouteMetrics metrics,
            @ConfigProperty(name = "quarkus.application.version") Optional<String> version) {
        this.routes = routes;
        this.client = client;
        this.config = config;
        this.metrics = metrics;
        this.version = version.orElse("1");
    }

    public void merged(RoutingContext context) {
        metrics.track(context, RouteMetrics.OPENAPI);
        String requestId = RequestIds.current(context.request());
        List<Upstream> upstreams = routes.upstreams();
        List<Future<OpenApiClient.Document>> fetches = new ArrayList<>();
        for (Upstream upstream : upstreams) {
            fetches.add(client.fetch(upstream, requestId));
        }
        // join waits for every fetch, failed or not, so one service that is down cannot sink the whole document.
        Future.join(fetches).onComplete(done -> {
            List<OpenApiMerger.Source> sources = new ArrayList<>();
            List<OpenApiMerger.Missing> missing = new ArrayList<>();
            for (int i = 0; i < upstreams.size(); i++) {
                Future<OpenApiClient.Document> fetch = fetches.get(i);
                String service = upstreams.get(i).name();
                if (fetch.succeeded()) {
                    sources.add(new OpenApiMerger.Source(service, fetch.result().json()));
                } else {
                    String reason = reason(fetch.cause());
                    LOG.warnf("API document of %s left out of /openapi: %s", service, reason);
                    missing.add(new OpenApiMerger.Missing(service, reason));
                }
            }
            OpenApiMerger.Result result = OpenApiMerger.merge(sources, missing, version);
            result.conflicts().forEach(conflict -> LOG.warn("Merging API documents: " + conflict));
            if (!missing.isEmpty()) {
                context.response().putHeader(UNAVAILABLE_HEADER,
                        String.join(", ", missing.stream().map(OpenApiMerger.Missing::service).toList()));
            }
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(result.document().toBuffer());
        });
    }

    public void single(RoutingContext context) {
        metrics.track(context, RouteMetrics.OPENAPI);
        HttpServerRequest request = context.request();
        String service = context.pathParam("service");
        Optional<Upstream> upstream = routes.upstream(service);
        if (upstream.isEmpty()) {
            List<String> names = routes.upstreams().stream().map(Upstream::name).toList();
            Problems.send(context.response(), Problems.of(request, 404, "not-found", "No service is named '"
                    + service + "'. API documents exist for: " + String.join(", ", names) + "; /openapi has all."));
            return;
        }
        client.fetch(upstream.get(), RequestIds.current(request)).onComplete(fetched -> {
            if (fetched.succeeded()) {
                context.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                        .end(fetched.result().raw());
            } else {
                Problems.send(context.response(), problem(request, upstream.get(), fetched.cause()));
            }
        });
    }

    private Problem problem(HttpServerRequest request, Upstream upstream, Throwable failure) {
        if (failure instanceof OpenApiClient.BadDocumentException) {
            return Problems.of(request, 502, "bad-gateway", failure.getMessage() + ".");
        }
        LOG.warnf("API document of %s unavailable: %s", upstream.name(), UpstreamFailure.simpleMessage(failure));
        return UpstreamFailure.toProblem(request, upstream, failure, config.openapiTimeout());
    }

    private static String reason(Throwable failure) {
        if (UpstreamFailure.isUnreachable(failure)) {
            return "not reachable";
        }
        if (UpstreamFailure.isTimeout(failure)) {
            return "did not answer in time";
        }
        return failure instanceof OpenApiClient.BadDocumentException ? failure.getMessage()
                : UpstreamFailure.simpleMessage(failure);
    }
}
