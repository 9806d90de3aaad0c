package vn.tochuc.gateway.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import vn.tochuc.gateway.problem.Problems;

/**
 * Catches a failure in one of the gateway's own handlers before Quarkus's error page would, so the caller gets
 * problem+json and never a stack trace; the trace goes to the log with the request id.
 */
public final class FailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext context) {
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(context.failure(), "Gateway failed on %s %s", context.request().method(),
                    context.request().path());
        }
        String detail = status >= 500
                ? "The gateway failed to handle this request. Try again; if it keeps happening, report the requestId."
                : "The gateway refused this request (HTTP " + status + "); check it against the API at /q/swagger-ui.";
        Problems.send(context.response(),
                Problems.of(context.request(), status, status >= 500 ? "internal-error" : "bad-request", detail));
    }
}
