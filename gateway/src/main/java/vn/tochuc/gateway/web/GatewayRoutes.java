package vn.tochuc.gateway.web;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.tochuc.gateway.config.MaxBodySize;
import vn.tochuc.gateway.metrics.RouteMetrics;
import vn.tochuc.gateway.metrics.RouteTagger;
import vn.tochuc.gateway.openapi.OpenApiHandlers;
import vn.tochuc.gateway.proxy.ProxyDispatcher;
import vn.tochuc.gateway.routing.RouteTable;

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
    static final int BODY_LIMIT_ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    static final int PROXY_ORDER = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
    static final int LAST_ORDER = RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 1;

    void install(@Observes Router router, RouteTable routes, MaxBodySize maxBodySize, ProxyDispatcher proxy,
            OpenApiHandlers openApi, RouteMetrics metrics) {
        router.route().order(REQUEST_ID_ORDER).handler(new RequestIds());
        router.route().order(ROUTE_TAG_ORDER).handler(new RouteTagger(routes, metrics));
        router.route().order(BODY_LIMIT_ORDER).handler(new BodyLimitHandler(maxBodySize.bytes()));
        // Rate limits per caller (a later issue) belong here: after authentication (Quarkus order -200) so the
        // caller is known, and before the proxy so a refused call never reaches a service.
        router.get("/openapi").handler(openApi::merged);
        router.get("/openapi/:service").handler(openApi::single);
        router.route().order(PROXY_ORDER).handler(proxy);
        router.route().order(LAST_ORDER).handler(new NotFoundHandler(routes, metrics));
        router.route().order(LAST_ORDER).failureHandler(new FailureHandler());
    }
}
