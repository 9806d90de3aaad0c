package vn.tochuc.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.platform.problem.Problem;
import vn.tochuc.platform.problem.Problems;

/**
 * HTTP concerns below the REST layer: request ids on every call, problem+json for paths nothing serves and for
 * bodies over the size limit.
 */
@ApplicationScoped
public class WebRoutes {

    private final long maxBodyBytes;

    WebRoutes(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBody) {
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestIds::assign);
        router.route().last().handler(context -> answer(context, Problems.of(404, "not-found",
                "Nothing is served at " + context.request().path() + ". The API is described at /q/openapi.",
                List.of(), context.request())));
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseOversizedBody);
    }

    /**
     * Refuses a body announced as larger than the limit before it is read, with a problem body (the HTTP layer's
     * own refusal has none). A chunked body without a length is still cut off by that layer at the same limit.
     */
    private void refuseOversizedBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodyBytes) {
            context.response().putHeader("Connection", "close");
            answer(context, Problems.of(413, "payload-too-large", "The request body has " + length + " bytes; "
                    + "this service accepts at most " + maxBodyBytes + ". Send less data per request.", List.of(),
                    context.request()));
            return;
        }
        context.next();
    }

    private static void answer(RoutingContext context, Problem problem) {
        context.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
