package vn.tochuc.gateway.problem;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import io.vertx.core.http.HttpServerRequest;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import vn.tochuc.gateway.routing.Upstream;

/**
 * Turns a failed exchange with an upstream into the answer a caller can act on: 503 when the service is not
 * there or went away mid-exchange (retry later), 504 when it did not answer in time, 502 for any other failure.
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
        if (wentAway(failure)) {
            return Problems.of(request, 503, "service-unavailable", service + " went away while handling "
                    + request.method() + " " + request.path() + " (the connection was cut before any answer), so the"
                    + " request may or may not have been applied. Try again later; before repeating a create that"
                    + " carries no key of its own (such as a code), check whether it was made.");
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

    /**
     * The service ended (crashed, killed, restarting) during the exchange: its connection was reset or closed
     * before any answer (on a multiplexed connection, as a reset of the request's stream). That is the same
     * temporary unavailability as a refused connection, not a broken upstream.
     */
    public static boolean wentAway(Throwable failure) {
        return failure instanceof SocketException || failure instanceof HttpClosedException
                || failure instanceof StreamResetException;
    }

    public static String simpleMessage(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String human(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms";
    }
}
