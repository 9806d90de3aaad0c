package vn.tochuc.gateway.web;

import io.quarkus.vertx.http.runtime.HttpCompressionHandler;
import io.quarkus.vertx.http.runtime.RouteConstants;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.tochuc.gateway.auth.TokenCheck;
import vn.tochuc.gateway.config.GatewayConfig;
import vn.tochuc.gateway.config.MaxBodySize;
import vn.tochuc.gateway.ratelimit.Buckets;
import vn.tochuc.gateway.ratelimit.RateLimits;
import vn.tochuc.gateway.web.ClientAddress;
import vn.tochuc.gateway.metrics.RouteMetrics;
import vn.tochuc.gateway.metrics.RouteTagger;
import vn.tochuc.gateway.openapi.OpenApiHandlers;
import vn.tochuc.gateway.proxy.ProxyDispatcher;
import vn.tochuc.gateway.routing.RouteTable;
import vn.tochuc.platform.tokens.RememberedTokens;

/**
 * Puts the gateway's handlers on Quarkus's router. Orders are relative to Quarkus's own routes: the request id
 * and route tag come before the CORS filter (order -300) so every answer, a preflight included, carries the id;
 * the body limit runs before Quarkus's upload limit so its refusal is problem+json; the proxy runs before the
 * default routes, and the 404 after everything else, /q/* endpoints included.
 */
@ApplicationScoped
public class GatewayRoutes {

    static final int REQUEST_ID_ORDER = -SecurityHandlerPriorities.CORS - 100;
    static final int ROUTE_TAG_ORDER = REQUEST_ID_ORDER + 1;
    /** Right after the CORS filter, so a preflight (no token by design) is answered before the token check. */
    static final int TOKEN_ORDER = -SecurityHandlerPriorities.CORS + 1;
    static final int RATE_LIMIT_ORDER = TOKEN_ORDER + 1;
    static final int BODY_LIMIT_ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    static final int PROXY_ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
    static final int LAST_ORDER = RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 1;

    void install(@Observes Router router, RouteTable routes, MaxBodySize maxBodySize, ProxyDispatcher proxy,
            OpenApiHandlers openApi, RouteMetrics metrics, GatewayConfig config, RememberedTokens tokens,
            Buckets buckets, ClientAddress clientAddress,
            @ConfigProperty(name = "quarkus.http.compress-media-types", defaultValue = "application/json,"
                    + "application/problem+json,text/plain") List<String> compressMediaTypes) {
        router.route().order(REQUEST_ID_ORDER).handler(new RequestIds());
        router.route().order(ROUTE_TAG_ORDER).handler(new RouteTagger(routes, metrics));
        // Token, then limit, both before the body is read and before any service is called: a refused call costs
        // no upstream anything, and the limiter counts by the verified subject, not by a claim anyone can write.
        router.route().order(TOKEN_ORDER).handler(new TokenCheck(tokens, config.publicPaths()));
        if (config.rateLimit().enabled()) {
            RateLimits limits = new RateLimits(buckets, config.rateLimit(), clientAddress);
            router.route().order(RATE_LIMIT_ORDER).handler(context -> {
                if (routes.match(context.normalizedPath()).isPresent()) {
                    limits.handle(context);
                } else {
                    context.next();
                }
            });
        }
        router.route().order(BODY_LIMIT_ORDER).handler(new BodyLimitHandler(maxBodySize.bytes()));
        router.get("/openapi").handler(openApi::merged);
        router.get("/openapi/:service").handler(openApi::single);
        // Quarkus marks every answer "Content-Encoding: identity" and lifts the mark only for handlers it wraps like
        // this, so the proxy's JSON answers are compressed (gzip/br as the client asks) like a REST resource's.
        router.route().order(PROXY_ORDER).handler(new HttpCompressionHandler(proxy, Set.copyOf(compressMediaTypes)));
        router.route().order(LAST_ORDER).handler(new NotFoundHandler(routes, metrics));
        router.route().order(LAST_ORDER).failureHandler(new FailureHandler());
    }
}
