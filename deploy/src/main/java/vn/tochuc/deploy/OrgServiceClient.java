package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** The few calls of org-service's public API the demo loader makes, with failures that say what went wrong. */
public final class OrgServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** @param token a bearer token of a role that may change the org structure (DemoData.loaderToken) */
    public OrgServiceClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.authorization = "Bearer " + token;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The unit with the code that was in effect on the date (a unit that ceased since is still found). */
    public Optional<String> findIdByCode(String code, String asOf) {
        JsonNode page = get("/api/v1/org-units?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&asOf=" + asOf, 200);
        for (JsonNode item : page.path("items")) {
            if (code.equalsIgnoreCase(item.path("code").asText())) {
                return Optional.of(item.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /** True when the unit has a position with the title on the date. */
    public boolean hasPosition(String unitId, String titleCode, String asOf) {
        return positionId(unitId, titleCode, asOf).isPresent();
    }

    /** The id of the unit's position with the title on the date. */
    public Optional<String> positionId(String unitId, String titleCode, String asOf) {
        JsonNode page = get("/api/v1/positions?orgUnitId=" + unitId + "&asOf=" + asOf + "&limit=200", 200);
        for (JsonNode item : page.path("items")) {
            if (titleCode.equals(item.path("titleCode").asText())) {
                return Optional.of(item.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /** True when the unit exists on the date (org-service answers 404 for a unit not in effect then). */
    public boolean existsOn(String unitId, String date) {
        return send("GET /api/v1/org-units/" + unitId, HttpRequest.newBuilder(uri("/api/v1/org-units/" + unitId
                + "?asOf=" + date)).GET()).statusCode() == 200;
    }

    public JsonNode post(String path, Object body) {
        return expect("POST " + path, send("POST " + path, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json(body)))),
                201);
    }

    /** Whether the unit has a congress recorded for the term. */
    public boolean hasTerm(String unitId, String termCode) {
        for (JsonNode term : get("/api/v1/org-units/" + unitId + "/terms", 200)) {
            if (termCode.equals(term.path("termCode").asText())) {
                return true;
            }
        }
        return false;
    }

    /** PUTs a record that is created (201) when new. */
    public JsonNode put(String path, Object body) {
        return expect("PUT " + path, send("PUT " + path, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json(body)))),
                201);
    }

    /** POSTs an action that needs If-Match, such as approving a case. */
    public JsonNode approve(String path, long version) {
        return expect("POST " + path, send("POST " + path, HttpRequest.newBuilder(uri(path))
                .header("If-Match", "\"" + version + "\"").POST(HttpRequest.BodyPublishers.noBody())), 200);
    }

    private JsonNode get(String path, int expected) {
        return expect("GET " + path, send("GET " + path, HttpRequest.newBuilder(uri(path)).GET()), expected);
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private HttpResponse<String> send(String what, HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "application/json").header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LauncherException("Loading demo data failed: org-service at " + baseUrl + " did not answer "
                    + what + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while loading demo data", e);
        }
    }

    private static JsonNode expect(String what, HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new LauncherException("Loading demo data failed: " + what + " answered HTTP "
                    + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new LauncherException("org-service answered " + what + " with something that is not JSON: "
                    + response.body());
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
