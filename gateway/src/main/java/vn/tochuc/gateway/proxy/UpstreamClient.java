package vn.tochuc.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import vn.tochuc.gateway.config.GatewayConfig;
import vn.tochuc.gateway.routing.Upstream;

/** One pooled HTTP client on Quarkus's Vert.x for all upstream calls, so connections are reused across calls. */
@Singleton
public class UpstreamClient {

    private final HttpClient client;

    public UpstreamClient(Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setKeepAliveTimeout(60)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.upstreamTimeout().toMillis()))
                // Bodies pass through as the upstream encoded them; decoding here would only cost CPU.
                .setDecompressionSupported(false);
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(100));
    }

    public HttpClient client() {
        return client;
    }

    /**
     * Where and how long: the connect timeout covers getting a connection, the idle timeout a silent upstream
     * (no byte for that long), which is what "did not answer in time" means for a streamed answer.
     */
    public static RequestOptions options(Upstream upstream, Duration timeout) {
        return new RequestOptions()
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
