package vn.tochuc.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import org.jboss.logging.Logger;
import vn.tochuc.gateway.problem.Problem;
import vn.tochuc.gateway.problem.Problems;
import vn.tochuc.gateway.problem.UpstreamFailure;
import vn.tochuc.gateway.resilience.CircuitBreaker;
import vn.tochuc.gateway.routing.Upstream;

/**
 * Replaces vertx-http-proxy's bare "502, empty body" for a failed exchange with a problem+json answer that says
 * which service failed and how (refused or gone mid-exchange 503, silent 504, body too large 413, otherwise
 * 502).
 */
final class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final Upstream upstream;
    private final Duration timeout;

    private final CircuitBreaker breaker;

    UpstreamFailures(Upstream upstream, Duration timeout, CircuitBreaker breaker) {
        this.upstream = upstream;
        this.timeout = timeout;
        this.breaker = breaker;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest()
                .onSuccess(answered -> breaker.onSuccess())
                .recover(failure -> {
                    // A caller that hung up makes the proxy reset the upstream exchange; that says nothing about
                    // the service (seen under wrk, whose closing connections opened the breaker).
                    boolean callerLeft = context.request().proxiedRequest().response().closed();
                    if (!callerLeft && (UpstreamFailure.isTimeout(failure) || UpstreamFailure.isUnreachable(failure)
                            || UpstreamFailure.wentAway(failure))) {
                        breaker.onFailure();
                    }
                    return Future.succeededFuture(answer(context, failure, callerLeft));
                });
    }

    private ProxyResponse answer(ProxyContext context, Throwable failure, boolean callerLeft) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        Problem problem;
        if (ChunkedBodyLimit.exceeded(context)) {
            problem = Problems.of(incoming, 413, "payload-too-large", "The request body is larger than the "
                    + ChunkedBodyLimit.limitOf(context) + " bytes the gateway accepts. Send less data per request,"
                    + " e.g. split an import into several files.");
        } else {
            problem = UpstreamFailure.toProblem(incoming, upstream, failure, timeout);
            // A caller that hung up is routine (a closed app, a load test ending); only the service's failures warn.
            LOG.logf(callerLeft ? Logger.Level.DEBUG : Logger.Level.WARN, "%s %s -> %s at %s failed with %d: %s",
                    incoming.method(), incoming.path(), upstream.name(), upstream.baseUrl(), problem.status(),
                    UpstreamFailure.simpleMessage(failure));
        }
        return Problems.asProxyResponse(context, problem);
    }
}
