package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** What a service's public API answered the demo loader: its HTTP status and body (problem+json for a refusal). */
public record ApiAnswer(int status, JsonNode body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    boolean problem(String type) {
        return body.path("type").asText().endsWith("/" + type);
    }

    /**
     * Sends the request; a service that does not answer, or answers something that is not JSON, is a
     * LauncherException naming it ({@code service}, e.g. "task-service at http://127.0.0.1:8083") and {@code what}.
     */
    static ApiAnswer send(HttpClient http, HttpRequest request, String service, String what) {
        try {
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body();
            return new ApiAnswer(response.statusCode(), body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new LauncherException("Loading demo data failed: " + service + " did not answer " + what + " ("
                    + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while loading demo data", e);
        }
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
