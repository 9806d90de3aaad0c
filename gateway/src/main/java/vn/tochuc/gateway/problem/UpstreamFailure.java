package vn.tochuc.gateway.problem;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.HttpServerRequest;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import vn.tochuc.gateway.routing.Upstream;

/**
 * Turns a failed exchange with an upstream into the answer a caller can act on: 503 when the service is not
 * there (retry later), 504 when it did not answer in time, 502 when it broke off the exchange.
 */
public final class UpstreamFailure {

    private UpstreamFailure() {
    }

    public static Problem toProblem(HttpServerRequest request, Upstream upstream, Throwable failure, Duration timeout) {
        String service = upstream.name();
        if (isTimeout(failure)) {
            return Problems.of(request, 504, "gateway-timeout", service + " did not answer within "
                    + human(timeout) + ". Try again later; if it keeps happening, report the requestId.");
        }
        if (isUnreachable(failure)) {
            return Problems.of(request, 503, "service-unavailable", service + " is not reachable right now, so "
                    + request.path() + " cannot be served. Try again later; operators: check that " + service
                    + " runs and that tochuc.gateway.routes." + service + ".url points at it.");
        }
        return Problems.of(request, 502, "bad-gateway", service + " broke off the exchange before answering ("
                + simpleMessage(failure) + "). Try again; if it keeps happening, report the requestId.");
    }

    public static boolean isTimeout(Throwable failure) {
        // Netty's connect timeout is a ConnectException, so it must be tested before the refusal case.
        return failure instanceof TimeoutException || failure instanceof ConnectTimeoutException;
    }

    public static boolean isUnreachable(Throwable failure) {
        return failure instanceof ConnectException || failure instanceof UnknownHostException;
    }

    public static String simpleMessage(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String human(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
    }
}
