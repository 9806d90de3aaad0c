package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls of cadre-service's public API the demo loader makes. One HTTP client for all of them: the loader sends
 * hundreds of requests, and a keep-alive connection is what makes that take seconds, not minutes.
 */
public final class CadreServiceClient {

    /** cadre-service learns org units and positions from org-service's events, so a fresh one is briefly behind. */
    static final Duration READ_MODEL_DEADLINE = Duration.ofSeconds(60);
    private static final Pattern UUID_IN_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** @param token a bearer token of a province-wide role (the demo loader signs one with DevKeys) */
    public CadreServiceClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.authorization = "Bearer " + token;
    }

    /**
     * Creates the person, or finds the one already holding the national ID: the national ID is the key that makes a
     * second load create nobody. cadre-service names the holder in its 409 answer, which saves a search.
     */
    public PersonId createOrFindPerson(JsonNode cv) {
        ApiAnswer answer = post("/api/v1/persons", cv);
        if (answer.status() == 201) {
            return new PersonId(answer.body().path("id").asText(), true);
        }
        if (answer.status() == 409 && answer.problem("duplicate-national-id")) {
            Matcher id = UUID_IN_TEXT.matcher(answer.body().path("detail").asText());
            if (id.find()) {
                return new PersonId(id.group(), false);
            }
        }
        throw failed("POST /api/v1/persons (national ID " + cv.path("nationalId").asText() + ")", answer);
    }

    public record PersonId(String id, boolean created) {
    }

    /**
     * POSTs, waiting while cadre-service does not yet know the org unit or position the body names (422
     * unknown-reference): org-service's events reach it over Kafka a moment after the unit or position was made.
     */
    public ApiAnswer postOnceKnown(String path, Object body) {
        long deadline = System.nanoTime() + READ_MODEL_DEADLINE.toNanos();
        while (true) {
            ApiAnswer answer = post(path, body);
            if (answer.status() != 422 || !answer.problem("unknown-reference") || System.nanoTime() > deadline) {
                return answer;
            }
            sleep();
        }
    }

    /**
     * Recognises a member admitted now as a full member (công nhận đảng viên chính thức) on the day the 12-month
     * probation ended, when that day is not after {@code lastDay}; a later one stays probationary, so the demo has
     * members due for recognition too.
     * @return true when recognised
     */
    public boolean recogniseWhenDue(JsonNode membership, LocalDate lastDay, String issuer) {
        LocalDate due = LocalDate.parse(membership.path("fullMembershipDueOn").asText());
        if (due.isAfter(lastDay)) {
            return false;
        }
        String path = "/api/v1/party-members/" + membership.path("id").asText() + "/recognition";
        Map<String, Object> body = Map.of("recognisedOn", due.toString(),
                "decision", Map.of("date", due.toString(), "issuer", issuer));
        ApiAnswer answer = send("POST " + path, HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .header("If-Match", "\"" + membership.path("version").asLong() + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(ApiAnswer.json(body), StandardCharsets.UTF_8)));
        if (answer.status() != 200) {
            throw failed("POST " + path, answer);
        }
        return true;
    }

    public ApiAnswer post(String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(ApiAnswer.json(body), StandardCharsets.UTF_8));
        return send("POST " + path, request);
    }

    public JsonNode get(String path) {
        ApiAnswer answer = send("GET " + path, HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization).GET());
        if (answer.status() != 200) {
            throw failed("GET " + path, answer);
        }
        return answer.body();
    }

    static LauncherException failed(String what, ApiAnswer answer) {
        return new LauncherException("Loading demo data failed: cadre-service answered " + what + " with HTTP "
                + answer.status() + ": " + answer.body() + " (if the demo resource files were edited, check the "
                + "field the answer names; otherwise see .run/logs/cadre-service.log)");
    }

    private ApiAnswer send(String what, HttpRequest.Builder request) {
        return ApiAnswer.send(http, request.header("Accept", "application/json").timeout(Duration.ofSeconds(15))
                .build(), "cadre-service at " + baseUrl, what);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while waiting for cadre-service's read model", e);
        }
    }
}
