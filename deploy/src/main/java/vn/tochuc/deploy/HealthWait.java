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

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
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
                    dead.add("  " + p.name() + " exited with code " + p.exitCode() + "; read " + p.logFile());
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
                    + "\n    last answer: " + last + "\n    log: " + s.process().logFile()));
            throw new LauncherException("Not ready within " + deadline.toSeconds() + " s:\n" + String.join("\n", lines)
                    + "\nA slow machine may need a longer deadline (--health-timeout SECONDS).");
        }
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
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while waiting for the services", e);
        }
    }
}
