package vn.tochuc.gateway.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import vn.tochuc.gateway.problem.Problems;

/**
 * Refuses a body whose declared Content-Length is over quarkus.http.limits.max-body-size. Quarkus enforces the
 * same limit just after this handler but with an empty answer; this one runs first to answer problem+json.
 * Chunked bodies have no declared length; the proxy counts them as they stream (see ChunkedBodyLimit).
 */
public final class BodyLimitHandler implements Handler<RoutingContext> {

    private final long limit;

    public BodyLimitHandler(long limit) {
        this.limit = limit;
    }

    @Override
    public void handle(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parse(declared) > limit) {
            // The unread body would otherwise be taken as the next request on this connection, so close it after
            // answering. A client that sent "Expect: 100-continue" has not sent the body and reads the answer cleanly.
            if (context.request().version() != HttpVersion.HTTP_2) {
                context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
                context.addEndHandler(done -> context.request().connection().close());
            }
            Problems.send(context.response(), Problems.of(context.request(), 413, "payload-too-large",
                    "The request body is " + declared + " bytes; the gateway accepts at most " + limit
                            + " bytes. Send less data per request, e.g. split an import into several files."));
            return;
        }
        context.next();
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            // The HTTP codec rejects malformed lengths before we get here; treat leftovers as "no declared length".
            return -1;
        }
    }
}
