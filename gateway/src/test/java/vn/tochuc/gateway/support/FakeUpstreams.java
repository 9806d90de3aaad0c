package vn.tochuc.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts two fake services on free loopback ports and points the gateway's route table at them:
 * org-service and cadre-service answer, task-service points at a port nobody listens on (refused connection).
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            int org = new FakeUpstream("org-service", document("/api/v1/org-units", "OrgUnit", "org")).start(vertx);
            int cadre = new FakeUpstream("cadre-service", document("/api/v1/cadres", "Cadre", "cadre")).start(vertx);
            return Map.of(
                    "tochuc.gateway.routes.org-service.url", "http://127.0.0.1:" + org,
                    "tochuc.gateway.routes.cadre-service.url", "http://127.0.0.1:" + cadre,
                    "tochuc.gateway.routes.task-service.url", "http://127.0.0.1:" + closedPort(),
                    // cadre-service stands for a route that must not see the caller's token.
                    "tochuc.gateway.routes.cadre-service.forward-authorization", "false",
                    "tochuc.gateway.routes.cadre-service.timeout", "2s",
                    // Short, so the timeout test takes 2 s rather than the production 30 s.
                    "tochuc.gateway.upstream-timeout", "2s",
                    // The refused and silent services of other tests must not open a breaker under them;
                    // CircuitBreakerRouteTest sets its own threshold.
                    "tochuc.gateway.breaker.failure-threshold", "1000");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the fake upstream services", e);
        }
    }

    /**
     * A minimal OpenAPI document: one path and one schema of its own, plus a "Problem" schema whose description
     * differs per service so the merge has a conflicting component to resolve.
     */
    private static JsonObject document(String path, String schema, String flavour) {
        JsonObject get = new JsonObject().put("summary", "List " + schema)
                .put("responses", new JsonObject().put("200", new JsonObject().put("description", "OK")));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", flavour).put("version", "1"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", schema)))
                .put("paths", new JsonObject().put(path, new JsonObject().put("get", get)))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put(schema, new JsonObject().put("type", "object"))
                        .put("Problem", new JsonObject().put("type", "object").put("description", flavour))));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Best effort: the JVM ends with the test run anyway.
            }
        }
    }
}
