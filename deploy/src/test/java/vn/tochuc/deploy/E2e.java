package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Shared by the end-to-end tests: where the repository is, test configurations, HTTP and SQL. */
final class E2e {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private E2e() {
    }

    /** Set by surefire from maven.multiModuleProjectDirectory; tolerates a run from deploy/. */
    static Path root() {
        Path root = Path.of(System.getProperty("tochuc.root", "..")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("org-service")) && Files.isDirectory(root.resolve("../org-service"))) {
            root = root.getParent();
        }
        if (!Files.isDirectory(root.resolve("deploy"))) {
            throw new IllegalStateException("Cannot find the repository root (tried " + root
                    + "); run the tests from it, e.g. mvn -B verify, or pass -Dtochuc.root=DIR");
        }
        return root;
    }

    /**
     * Ports shifted away from a developer's running suite, databases of its own that start empty,
     * and a run folder under deploy/target.
     */
    static SuiteConfig config(int portOffset, String databasePrefix, String runDirName) {
        Path root = root();
        // The tests load the demo and drive the drill as one caller: the gateway's per-caller limits (tested in
        // the gateway module) would only slow them down.
        for (String routeClass : List.of("reads", "writes", "imports", "reports")) {
            System.setProperty("tochuc.gateway.rate-limit.classes." + routeClass + ".capacity", "100000000");
        }
        // The tests also play the ingress in front of the gateway (X-Forwarded-Host/-Proto/-Prefix), as a trusted
        // proxy; a call without those headers is answered as before.
        System.setProperty("tochuc.gateway.trusted-proxies", "127.0.0.1,::1");
        int slot = slot();
        return SuiteConfig.defaults(root)
                .withPortsShiftedBy(portOffset + 100 * slot)
                .withDatabasePrefix(slot == 0 ? databasePrefix : databasePrefix + "s" + slot + "_")
                .withRunDir(root.resolve("deploy/target").resolve(runDirName))
                .withRecreatedDatabases(true);
    }

    /**
     * Several checkouts on one machine (worktrees, parallel CI jobs) can each run the end-to-end
     * tests at once when each sets its own TOCHUC_E2E_SLOT (1-9): ports move by 100 per slot and
     * the databases get a slot suffix, so no two runs share a port or a database.
     */
    private static int slot() {
        String value = System.getenv().getOrDefault("TOCHUC_E2E_SLOT", "0").trim();
        try {
            int slot = Integer.parseInt(value);
            if (slot >= 0 && slot <= 9) {
                return slot;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalStateException("TOCHUC_E2E_SLOT must be a number from 0 to 9, not '" + value + "'");
    }

    /** Starts the suite of a {@link #config}, with an empty broker to match its empty databases. */
    static Suite startFromNothing(SuiteConfig config, String logPrefix) {
        // the databases start empty, so the broker must too, or old events would replay into them
        deleteRecursively(config.runDir());
        System.out.println(logPrefix + " logs of every process: " + config.logsDir());
        Suite suite = new Suite(config, System.out).start();
        System.out.printf("%s suite healthy after %.1f s%n", logPrefix, suite.startupTime().toMillis() / 1000.0);
        return suite;
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "*/*").GET());
    }

    static HttpResponse<String> get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "*/*")
                .header("Authorization", "Bearer " + token).GET());
    }

    static HttpResponse<String> postJson(String url, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET with extra headers (Accept, Accept-Language), as the signed-in caller. */
    static HttpResponse<String> get(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "*/*").GET();
        headers.forEach(request::setHeader);
        return send(request);
    }

    /** A POST of any body with extra headers, such as those an ingress adds. */
    static HttpResponse<String> post(String url, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (HTTP " + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** A root org unit with a code no other run used. */
    static Map<String, Object> newOrgUnit(String label) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("code", "E2E-" + suffix);
        unit.put("name", "Tỉnh ủy Thử nghiệm " + label + " " + suffix);
        unit.put("shortName", "TN " + suffix);
        unit.put("kind", "PROVINCIAL_PARTY_COMMITTEE");
        unit.put("parentId", null);
        unit.put("validFrom", "2025-01-03");
        return unit;
    }

    static long count(Databases databases, String database, String sql, Object... params) {
        try (Connection c = databases.connect(database); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    static String string(Databases databases, String database, String sql, Object... params) {
        List<String> values = strings(databases, database, sql, params);
        return values.isEmpty() ? null : values.get(0);
    }

    static List<String> strings(Databases databases, String database, String sql, Object... params) {
        try (Connection c = databases.connect(database); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** For SQL text: the values are UUIDs or ids read back from our own tables, never user input. */
    static String sqlList(Collection<?> values) {
        return String.join(",", values.stream().map(v -> "'" + v.toString().replace("'", "''") + "'").toList());
    }

    /** The bearer token the calls send unless they say otherwise; null sends none. */
    private static volatile String token;

    /** Calls from now on act as a provincial Board officer, signed with the suite's own key. */
    static void signIn(DevKeys keys) {
        token = keys.token("e2e-board-officer", List.of("board-officer"), List.of(), Duration.ofHours(2));
    }

    static HttpResponse<String> getWithoutToken(String url) {
        return sendAs(null, HttpRequest.newBuilder(URI.create(url)).header("Accept", "*/*").GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return sendAs(token, request);
    }

    private static HttpResponse<String> sendAs(String bearer, HttpRequest.Builder request) {
        if (bearer != null && request.build().headers().firstValue("Authorization").isEmpty()) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
