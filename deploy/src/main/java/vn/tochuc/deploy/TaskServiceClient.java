package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls of task-service's public API the demo loader makes. Writes name the version they were based on
 * (If-Match); {@link #expect} turns any other answer than the one wanted into an error that quotes task-service.
 */
public final class TaskServiceClient {

    /** task-service learns org units from org-service's events, so a fresh one is briefly behind. */
    static final Duration READ_MODEL_DEADLINE = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** @param token a bearer token of a province-wide Board officer (DemoData.loaderToken) */
    public TaskServiceClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.authorization = "Bearer " + token;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Waits until task-service knows the unit (it answers a unit-scoped read with 200 instead of 404/422 until
     * org-service's event reached it), at most {@link #READ_MODEL_DEADLINE}, backing off from 100 ms to 2 s.
     */
    public void awaitUnit(String code, String unitId) {
        long deadline = System.nanoTime() + READ_MODEL_DEADLINE.toNanos();
        long pause = 100;
        while (true) {
            ApiAnswer answer = get("/api/v1/tasks/grid?orgUnitId=" + unitId);
            if (answer.status() == 200) {
                return;
            }
            if (answer.status() != 404 && answer.status() != 422) {
                throw failed("GET /api/v1/tasks/grid (waiting for unit " + code + ")", answer);
            }
            if (System.nanoTime() > deadline) {
                throw new LauncherException("Loading demo data failed: task-service still does not know org unit "
                        + code + " (" + unitId + ") " + READ_MODEL_DEADLINE.toSeconds() + " s after org-service made "
                        + "it; is task-service consuming tochuc.org.unit? See .run/logs/task-service.log (last answer: "
                        + "HTTP " + answer.status() + " " + answer.body() + ")");
            }
            sleep(pause);
            pause = Math.min(pause * 2, 2000);
        }
    }

    /** Every item of a list operation, following nextPageToken. */
    public List<JsonNode> list(String pathWithQuery) {
        List<JsonNode> items = new ArrayList<>();
        String token = null;
        do {
            String path = pathWithQuery + (pathWithQuery.contains("?") ? "&" : "?") + "limit=200"
                    + (token == null ? "" : "&pageToken=" + token);
            JsonNode page = expect("GET " + path, get(path), 200);
            page.path("items").forEach(items::add);
            token = page.path("nextPageToken").isTextual() ? page.path("nextPageToken").asText() : null;
        } while (token != null);
        return items;
    }

    public ApiAnswer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public JsonNode read(String path) {
        return expect("GET " + path, get(path), 200);
    }

    /** POSTs without If-Match (a new record); expects {@code status}. */
    public JsonNode create(String path, Object body, int status) {
        return expect("POST " + path, post(path, body, null), status);
    }

    /** POSTs a change of the record at {@code version} (If-Match); expects {@code status}. */
    public JsonNode change(String path, long version, Object body, int status) {
        return expect("POST " + path, post(path, body, version), status);
    }

    /** PATCHes the record at {@code version} (If-Match) with the fields of {@code body}; expects 200. */
    public JsonNode patch(String path, long version, Object body) {
        return expect("PATCH " + path, send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(ApiAnswer.json(body), StandardCharsets.UTF_8))),
                200);
    }

    public ApiAnswer post(String path, Object body, Long version) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(ApiAnswer.json(body), StandardCharsets.UTF_8));
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return send(request);
    }

    static JsonNode expect(String what, ApiAnswer answer, int status) {
        if (answer.status() != status) {
            throw failed(what, answer);
        }
        return answer.body();
    }

    static LauncherException failed(String what, ApiAnswer answer) {
        return new LauncherException("Loading demo data failed: task-service answered " + what + " with HTTP "
                + answer.status() + ": " + answer.body() + " (if demo-tasks.json was edited, check the field the "
                + "answer names; otherwise see .run/logs/task-service.log)");
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private ApiAnswer send(HttpRequest.Builder request) {
        HttpRequest built = request.header("Accept", "application/json").header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30)).build();
        return ApiAnswer.send(http, built, "task-service at " + baseUrl, built.method() + " " + built.uri().getPath());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while waiting for task-service's read model", e);
        }
    }
}
