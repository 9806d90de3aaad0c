package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The fault drill's caller: every request goes through the gateway, every answer is tallied by status, and a create
 * that an outage refused is sent again until it is done. A create whose outcome is unknown (no answer, or a 5xx
 * that may have come after the commit) is looked up before it is sent again, so a retry never makes a second copy.
 */
final class DrillClient {

    /** An answer; {@code status} 0 when none came (connection refused or cut, timeout). */
    record Answer(int status, String contentType, String retryAfter, JsonNode body) {
        boolean problem(String slug) {
            return body.path("type").asText().endsWith("/" + slug);
        }

        String id() {
            return body.path("id").asText();
        }
    }

    /**
     * How to find what an earlier attempt of a create may have made.
     *
     * @param conflict the 409 answer of a retry, or {@code null} when asked before a retry
     */
    interface Existing extends Function<Answer, Optional<String>> {
    }

    private static final Duration PAUSE = Duration.ofMillis(300);
    /** A read model behind by a backlog catches up in seconds; asking more often would only slow it down. */
    private static final Duration READ_MODEL_PAUSE = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String authorization;
    private final Duration deadline;
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Queue<String> unclean = new ConcurrentLinkedQueue<>();
    private final LongAdder retriedCreates = new LongAdder();
    private final LongAdder foundOnRetry = new LongAdder();

    DrillClient(String gateway, String token, Duration deadline) {
        this.gateway = gateway;
        this.authorization = "Bearer " + token;
        this.deadline = deadline;
    }

    /**
     * POSTs until the create is done: again after no answer or a 5xx, again after 422 unknown-reference (the
     * service's read model has not yet seen the org unit or position the body names), never after another 4xx.
     *
     * @return the id of what was created, by this call or by an earlier attempt whose answer was lost
     */
    String create(String path, Object body, Existing existing) {
        long end = System.nanoTime() + deadline.toNanos();
        boolean uncertain = false;
        while (System.nanoTime() < end) {
            if (uncertain) {
                Optional<String> made = existing.apply(null);
                if (made.isPresent()) {
                    foundOnRetry.increment();
                    return made.get();
                }
            }
            Answer answer = send("POST", path, E2e.JSON.valueToTree(body));
            if (answer.status() == 201) {
                return answer.id();
            }
            if (answer.status() == 409 && uncertain) {
                foundOnRetry.increment();
                return existing.apply(answer).orElseThrow(() -> new AssertionError("POST " + path
                        + " answered 409 to a retry, but what the first attempt made is not found: " + answer));
            }
            if (answer.status() == 0 || answer.status() >= 500) {
                uncertain = true;
                retriedCreates.increment();
                pause(PAUSE);
            } else if (answer.status() == 422 && answer.problem("unknown-reference")) {
                pause(READ_MODEL_PAUSE);
            } else {
                throw new AssertionError("POST " + path + " " + body + " answered " + answer);
            }
        }
        throw new AssertionError("POST " + path + " was not done within " + deadline.toSeconds() + " s");
    }

    /** GETs until a 200 comes; outages are waited out as for {@link #create}. */
    JsonNode get(String path) {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            Answer answer = send("GET", path, null);
            if (answer.status() == 200) {
                return answer.body();
            }
            if (answer.status() != 0 && answer.status() < 500) {
                throw new AssertionError("GET " + path + " answered " + answer);
            }
            pause(PAUSE);
        }
        throw new AssertionError("GET " + path + " did not answer 200 within " + deadline.toSeconds() + " s");
    }

    /** Every answer by HTTP status; 0 counts the calls that got none. */
    Map<Integer, Long> statuses() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }

    long count(int status) {
        LongAdder count = statuses.get(status);
        return count == null ? 0 : count.sum();
    }

    /** The 5xx answers that were not a 503 problem+json, each with what the caller got. */
    List<String> unclean() {
        return List.copyOf(unclean);
    }

    /** Creates sent again after an outage refused or cut them. */
    long retriedCreates() {
        return retriedCreates.sum();
    }

    /** Retried creates that an earlier attempt had in fact made (its answer was lost). */
    long foundOnRetry() {
        return foundOnRetry.sum();
    }

    private Answer send(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Accept", "application/json").header("Authorization", authorization)
                .timeout(Duration.ofSeconds(20));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(""), parse(response.body()));
        } catch (IOException e) {
            answer = new Answer(0, "", "", JsonNodeFactory.instance.textNode(String.valueOf(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
        statuses.computeIfAbsent(answer.status(), s -> new LongAdder()).increment();
        if (answer.status() >= 500 && !isCleanUnavailable(answer)) {
            unclean.add(method + " " + path + " -> " + answer);
        }
        return answer;
    }

    /** The only 5xx a client may get from an outage: 503, as problem+json, saying when to retry. */
    static boolean isCleanUnavailable(Answer answer) {
        return answer.status() == 503 && answer.contentType().startsWith("application/problem+json")
                && answer.body().path("status").asInt() == 503 && !answer.body().path("detail").asText().isBlank()
                && answer.retryAfter().matches("\\d+");
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            return E2e.JSON.readTree(body);
        } catch (IOException e) {
            return JsonNodeFactory.instance.textNode(body.length() > 500 ? body.substring(0, 500) + "..." : body);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
