package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waits until every service's readiness check is UP. A service that died is reported at once
 * rather than at the deadline, and a timeout names the laggards with their last answer, so the
 * reader knows which log to open.
 */
final class HealthWait {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(100);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final String host;

    HealthWait(String host) {
        this.host = host;
    }

    void awaitReady(List<ServiceProcess> services, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        Map<ServiceProcess, String> pending = new LinkedHashMap<>();
        services.forEach(s -> pending.put(s, "no answer yet"));
        while (!pending.isEmpty() && System.nanoTime() < end) {
            List<String> dead = new ArrayList<>();
            for (var entry : pending.entrySet()) {
                ManagedProcess p = entry.getKey().process();
                if (!p.isAlive()) {
                    dead.add("  " + p.name() + " exited with code " + p.exitCode() + "; read " + p.logFile()
                            + tail(p));
                }
            }
            if (!dead.isEmpty()) {
                throw new LauncherException("A service stopped while starting:\n" + String.join("\n", dead));
            }
            pending.replaceAll((service, last) -> answer(readinessUrl(service)));
            pending.values().removeIf(answer -> answer == null);
            if (!pending.isEmpty()) {
                sleep();
            }
        }
        if (!pending.isEmpty()) {
            List<String> lines = new ArrayList<>();
            pending.forEach((s, last) -> lines.add("  " + s.spec().name() + " at " + readinessUrl(s)
                    + "\n    last answer: " + last + "\n    log: " + s.process().logFile() + tail(s.process())));
            throw new LauncherException("Not ready within " + deadline.toSeconds() + " s:\n" + String.join("\n", lines)
                    + "\nA slow machine may need a longer deadline (--health-timeout SECONDS).");
        }
    }

    /** A stack trace ends in "at ..." lines; the error and its cause are what the reader needs. */
    private static String tail(ManagedProcess process) {
        List<String> recent = process.logTail(80).stream().filter(l -> !l.startsWith("==== ")).toList();
        List<String> errors = recent.stream()
                .filter(l -> l.contains("ERROR") || l.startsWith("Caused by") || l.contains("Exception:")).toList();
        List<String> shown = errors.isEmpty() ? recent : errors;
        shown = shown.subList(Math.max(0, shown.size() - 2), shown.size());
        return shown.isEmpty() ? "" : "\n    from the log:\n      " + String.join("\n      ",
                shown.stream().map(l -> l.length() > 300 ? l.substring(0, 300) + "..." : l).toList());
    }

    String readinessUrl(ServiceProcess service) {
        return service.spec().baseUrl(host) + "/q/health/ready";
    }

    /** @return {@code null} when UP, otherwise what the service said (or why it said nothing) */
    String answer(String url) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && isUp(response.body())) {
                return null;
            }
            return "HTTP " + response.statusCode() + " " + abbreviate(response.body());
        } catch (java.net.ConnectException e) {
            return "connection refused (not listening yet)";
        } catch (java.net.http.HttpTimeoutException e) {
            return "no answer within 3 s";
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while waiting for the services", e);
        }
    }

    static boolean isUp(String body) {
        try {
            return "UP".equals(JSON.readTree(body).path("status").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() <= 400 ? flat : flat.substring(0, 400) + "...";
    }

    private static void sleep() {
        try {
            // a readiness check is a local HTTP call of a few ms; at 500 ms the suite was reported ready 250 ms after
            // it was on average ("Start, third pass")
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while waiting for the services", e);
        }
    }
}
