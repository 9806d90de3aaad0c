package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Calls every operation of every service's OpenAPI document through the gateway as each role, for a record in the
 * caller's org units and for one outside them, and compares the answer's class with the table
 * {@code deploy/src/test/resources/access-matrix.tsv}.
 *
 * <p>A row is {@code METHOD path} and nine cells, one per caller: administrator, board-officer, then unit-officer,
 * viewer and integrator each in scope and out of scope, then protection-officer alone. A cell is {@code 2} (any
 * 2xx), {@code 3} (any 3xx), or an exact status such as {@code 403}, {@code 404}, {@code 400}. Path parameters
 * named after a fixture ({@code /persons/{id}}, {@code /org-units/{id}}) get the in-scope or the out-of-scope
 * record; others get a made-up id, so the call shows at least that nothing answers for an id that does not exist.
 * Query parameters orgUnitId, unitId and personId get the in-scope or out-of-scope unit or person. Write bodies
 * are {@code {}}: a writer in scope then gets 400 (or 404, 412, 415, 422, 428), which is what the row says;
 * the person writes get a valid CV naming the side's unit (and the person's current version), so that the scope
 * check, not validation, decides them.
 *
 * <p>An out-of-scope caller's 2xx is a cross-scope read unless the operation is public inside the province
 * ({@link #PUBLIC_READS}, as docs/decisions.md lists them), or a list whose answer names neither the other side's
 * unit nor its person (a list filtered to the caller's own units answers 200 with nothing from elsewhere).
 */
final class AccessMatrix {

    /** The callers, in the order of the table's cells. */
    enum Caller {
        ADMINISTRATOR("administrator", false, true),
        BOARD_OFFICER("board-officer", false, true),
        UNIT_OFFICER_IN("unit-officer", false, false),
        UNIT_OFFICER_OUT("unit-officer", true, false),
        VIEWER_IN("viewer", false, false),
        VIEWER_OUT("viewer", true, false),
        INTEGRATOR_IN("integrator", false, false),
        INTEGRATOR_OUT("integrator", true, false),
        PROTECTION_OFFICER_ALONE("protection-officer", false, false);

        final String role;
        final boolean outOfScope;
        final boolean provinceWide;

        Caller(String role, boolean outOfScope, boolean provinceWide) {
            this.role = role;
            this.outOfScope = outOfScope;
            this.provinceWide = provinceWide;
        }

        String label() {
            return role + (provinceWide || this == PROTECTION_OFFICER_ALONE ? "" : outOfScope ? "/out" : "/in");
        }
    }

    /** Records of one side: the unit a scoped caller acts for, or one outside it, and a person managed there. */
    record Side(String unitId, String personId) {
    }

    /** The outcome of a run: calls made, and every difference from the table (empty when all matched). */
    record Outcome(int calls, int operations, List<String> missingRows, List<String> mismatches,
            List<String> crossScopeReads, String observedTable) {
    }

    /** Reads that name nobody and that every role may make for any unit (docs/decisions.md, "Public inside..."). */
    static final List<String> PUBLIC_READS = List.of("/api/v1/org-units", "/api/v1/org-unit-kinds",
            "/api/v1/position-titles", "/api/v1/terms", "/api/v1/positions", "/api/v1/staffing-quotas",
            "/api/v1/job-positions", "/api/v1/regulations", "/api/v1/rules/", "/api/v1/congress-rules",
            "/api/v1/cadres/reference-data", "/api/v1/org-disciplines", "/api/v1/restructuring-cases",
            "/api/v1/source-documents");

    private record Answer(int status, String body, String etag) {
    }

    private record Request(String body, String ifMatch) {
    }

    private int written;

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String MADE_UP_ID = "00000000-0000-4000-8000-000000000000";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String gateway;
    private final DevKeys keys;
    private final Side in;
    private final Side out;

    AccessMatrix(String gateway, DevKeys keys, Side in, Side out) {
        this.gateway = gateway;
        this.keys = keys;
        this.in = in;
        this.out = out;
    }

    /** The table: "METHOD path" to its nine expected cells. */
    static Map<String, List<String>> table(Path file) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cells = text.split("\\s+");
            if (cells.length != 2 + Caller.values().length) {
                throw new IllegalStateException(file + ": a row has METHOD, path and " + Caller.values().length
                        + " cells, not: " + line);
            }
            rows.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length));
        }
        return rows;
    }

    /** Every operation of the services' documents, as "METHOD path" to its query parameter names. */
    static Map<String, List<String>> operations(List<JsonNode> documents) {
        Map<String, List<String>> ops = new TreeMap<>();
        for (JsonNode document : documents) {
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    String verb = method.getKey().toUpperCase(Locale.ROOT);
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                        continue;
                    }
                    List<String> query = new ArrayList<>();
                    for (JsonNode parameter : method.getValue().path("parameters")) {
                        if ("query".equals(parameter.path("in").asText())) {
                            query.add(parameter.path("name").asText());
                        }
                    }
                    ops.put(verb + " " + path.getKey(), query);
                }
            }
        }
        return ops;
    }

    Outcome run(Map<String, List<String>> operations, Map<String, List<String>> table) {
        Map<Caller, String> tokens = new LinkedHashMap<>();
        for (Caller caller : Caller.values()) {
            List<String> units = caller.provinceWide ? List.of() : List.of(in.unitId());
            tokens.put(caller, keys.token("matrix-" + caller.name().toLowerCase(Locale.ROOT),
                    List.of(caller.role), units, Duration.ofHours(1)));
        }
        List<String> missing = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        List<String> crossScope = new ArrayList<>();
        StringBuilder observed = new StringBuilder("# METHOD\tpath\t" + String.join("\t",
                java.util.Arrays.stream(Caller.values()).map(Caller::label).toList()) + "\n");
        int calls = 0;
        for (Map.Entry<String, List<String>> op : operations.entrySet()) {
            String[] key = op.getKey().split(" ", 2);
            List<String> expected = table.get(op.getKey());
            List<String> seen = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                Side side = caller.outOfScope ? out : in;
                Answer answer = call(key[0], target(key[1], op.getValue(), side), tokens.get(caller),
                        request(op.getKey(), side, tokens.get(Caller.BOARD_OFFICER)));
                int status = answer.status();
                calls++;
                String cell = cell(status);
                seen.add(cell);
                if (caller.outOfScope && status >= 200 && status < 300 && !isPublicRead(key[0], key[1])
                        && (answer.body().contains(out.unitId()) || answer.body().contains(out.personId())
                        || !key[0].equals("GET"))) {
                    crossScope.add(op.getKey() + " as " + caller.label() + ": " + status);
                }
                if (expected != null && !matches(expected.get(caller.ordinal()), status)) {
                    mismatches.add(op.getKey() + " as " + caller.label() + ": expected "
                            + expected.get(caller.ordinal()) + ", got " + status);
                }
            }
            String row = key[0] + "\t" + key[1] + "\t" + String.join("\t", seen);
            observed.append(row).append('\n');
            if (expected == null) {
                missing.add(row);
            }
        }
        return new Outcome(calls, operations.size(), missing, mismatches, crossScope, observed.toString());
    }

    /** "2" any 2xx, "3" any 3xx, "400" exactly 400, "2|404" either. */
    static boolean matches(String cell, int status) {
        for (String option : cell.split("\\|")) {
            if (option.length() == 1 ? status / 100 == Integer.parseInt(option) : status == Integer.parseInt(option)) {
                return true;
            }
        }
        return false;
    }

    private static String cell(int status) {
        return status / 100 == 2 || status / 100 == 3 ? String.valueOf(status / 100) : String.valueOf(status);
    }

    /** The path with its parameters filled for the side, and the side's unit and person as query parameters. */
    private String target(String template, List<String> queryParameters, Side side) {
        String path = PARAM.matcher(template).replaceAll(match -> {
            String prefix = template.substring(0, match.start());
            if (prefix.equals("/api/v1/persons/")) {
                return side.personId();
            }
            if (prefix.equals("/api/v1/org-units/")) {
                return side.unitId();
            }
            return match.group(1).toLowerCase(Locale.ROOT).endsWith("id") ? MADE_UP_ID : "MADE-UP";
        });
        List<String> query = new ArrayList<>();
        for (String name : queryParameters) {
            String value = switch (name) {
                case "orgUnitId", "unitId" -> side.unitId();
                case "personId" -> side.personId();
                default -> null;
            };
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    static boolean isPublicRead(String method, String path) {
        return method.equals("GET") && PUBLIC_READS.stream().anyMatch(path::startsWith);
    }

    /** The body and version a write is sent with: a valid one for the person writes, {@code {}} otherwise. */
    private Request request(String operation, Side side, String boardOfficerToken) {
        return switch (operation) {
            case "POST /api/v1/persons" -> new Request(cv(side.unitId(), "Ghi" + letters(++written)), null);
            case "PUT /api/v1/persons/{id}" -> new Request(cv(side.unitId(), "Trận"),
                    currentVersion("/api/v1/persons/" + side.personId(), boardOfficerToken));
            default -> new Request("{}", "\"0\"");
        };
    }

    /** A number written in letters (a given name may hold only letters): 1 = "a", 27 = "aa". */
    private static String letters(int number) {
        StringBuilder text = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            text.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return text.toString();
    }

    /** A CV that passes validation, managed by {@code unitId}. */
    static String cv(String unitId, String givenName) {
        return "{\"birthName\":{\"surname\":\"Thử\",\"middleName\":\"Ma\",\"givenName\":\"" + givenName + "\"},"
                + "\"sex\":\"MALE\",\"dateOfBirth\":\"1975-03-14\",\"birthplace\":{\"text\":\"Vĩnh Phúc\"},"
                + "\"homeTown\":{\"text\":\"Vĩnh Phúc\"},\"ethnicityCode\":\"01\",\"religionCode\":\"00\","
                + "\"currentOrgUnitId\":\"" + unitId + "\"}";
    }

    private String currentVersion(String path, String token) {
        Answer current = call("GET", path, token, null);
        if (current.status() != 200) {
            throw new IllegalStateException("GET " + path + " as a Board officer answered " + current.status());
        }
        return current.etag();
    }

    private Answer call(String method, String pathAndQuery, String token, Request write) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + pathAndQuery))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            // What matters is who gets past the access checks, not what is written.
            request.header("Content-Type", "application/json").header("If-Match", write.ifMatch() == null ? "\"0\""
                    : write.ifMatch()).method(method, HttpRequest.BodyPublishers.ofString(write.body()));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
