package vn.tochuc.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for a service. It reports each request it got back in its answer (method, URI,
 * headers, body size and hash), so a test sees exactly what crossed the gateway, and it serves its own
 * /q/openapi document. A few paths answer specially: {@code .../slow} never answers, {@code .../crash} closes the
 * connection without answering, {@code .../versioned} answers 412 with an ETag, {@code .../download?bytes=n} streams
 * n bytes.
 */
public final class FakeUpstream {

    private final String service;
    private final JsonObject openApi;
    private HttpServer server;

    public FakeUpstream(String service, JsonObject openApi) {
        this.service = service;
        this.openApi = openApi;
    }

    public int start(Vertx vertx) throws Exception {
        server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(this::handle)
                .listen()
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return server.actualPort();
    }

    /** Calls each fake service received (its API document aside), so a test can show that one never arrived. */
    public static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> CALLS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public static int callsTo(String service) {
        return CALLS.computeIfAbsent(service, s -> new java.util.concurrent.atomic.AtomicInteger()).get();
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (!path.equals("/q/openapi")) {
            CALLS.computeIfAbsent(service, s -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        }
        if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(openApi.toBuffer());
        } else if (path.endsWith("/crash")) {
            request.connection().close(); // as a killed service: the connection ends with no answer
        } else if (path.endsWith("/slow")) {
            request.pause(); // never answers: the gateway's upstream timeout must fire
        } else if (path.endsWith("/versioned")) {
            request.body().onSuccess(ignored -> request.response()
                    .setStatusCode(412)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("ETag", "\"v7\"")
                    .putHeader("X-Upstream-Trace", "trace-412")
                    .end(new JsonObject().put("type", "https://tochuc.vn/problems/precondition-failed")
                            .put("title", "Precondition failed").put("status", 412).encode()));
        } else if (path.endsWith("/download")) {
            stream(request, Integer.parseInt(request.getParam("bytes")));
        } else {
            request.body().onSuccess(body -> echo(request, body));
        }
    }

    private void echo(HttpServerRequest request, Buffer body) {
        JsonObject headers = new JsonObject();
        request.headers().names().forEach(name ->
                headers.put(name.toLowerCase(), new JsonArray(request.headers().getAll(name))));
        JsonObject seen = new JsonObject()
                .put("service", service)
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("headers", headers)
                .put("bodyLength", body.length())
                .put("bodySha256", sha256(body.getBytes()))
                .put("body", body.length() <= 4096 ? body.toString() : null);
        request.response().putHeader("Content-Type", "application/json").end(seen.toBuffer());
    }

    /** Writes the answer in chunks, as a service streaming a large export would. */
    private static void stream(HttpServerRequest request, int bytes) {
        var response = request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
        Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
        int sent = 0;
        while (sent < bytes) {
            int size = Math.min(chunk.length(), bytes - sent);
            response.write(size == chunk.length() ? chunk : chunk.getBuffer(0, size));
            sent += size;
        }
        response.end();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
