package vn.tochuc.gateway.openapi;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import vn.tochuc.gateway.config.GatewayConfig;
import vn.tochuc.gateway.proxy.UpstreamClient;
import vn.tochuc.gateway.routing.Upstream;
import vn.tochuc.gateway.web.RequestIds;

/** Fetches one service's generated OpenAPI document (SmallRye OpenAPI serves it at /q/openapi). */
@Singleton
public class OpenApiClient {

    static final String DOCUMENT_URI = "/q/openapi?format=json";

    /** The service answered, but not with a usable document. */
    public static final class BadDocumentException extends RuntimeException {
        BadDocumentException(String message) {
            super(message, null, false, false);
        }
    }

    /** A document both raw (to serve it byte for byte) and parsed (to merge it). */
    public record Document(Buffer raw, JsonObject json) {
    }

    private final UpstreamClient client;
    private final GatewayConfig config;

    public OpenApiClient(UpstreamClient client, GatewayConfig config) {
        this.client = client;
        this.config = config;
    }

    public Future<Document> fetch(Upstream upstream, String requestId) {
        RequestOptions options = UpstreamClient.options(upstream, config.openapiTimeout())
                .setMethod(HttpMethod.GET)
                .setURI(DOCUMENT_URI)
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        if (requestId != null) {
            options.putHeader(RequestIds.HEADER, requestId);
        }
        return client.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().compose(body -> {
                    if (response.statusCode() != 200) {
                        return Future.failedFuture(new BadDocumentException(upstream.name() + " answered HTTP "
                                + response.statusCode() + " for " + DOCUMENT_URI
                                + "; it should include quarkus-smallrye-openapi"));
                    }
                    return parse(upstream, body);
                }));
    }

    private static Future<Document> parse(Upstream upstream, Buffer body) {
        try {
            return Future.succeededFuture(new Document(body, body.toJsonObject()));
        } catch (DecodeException | ClassCastException e) {
            return Future.failedFuture(new BadDocumentException(upstream.name() + " answered " + DOCUMENT_URI
                    + " with something that is not a JSON object"));
        }
    }
}
