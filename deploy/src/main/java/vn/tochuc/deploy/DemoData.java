package vn.tochuc.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the demo org tree (the units named in the source document) through org-service's
 * public API, so the events flow to the other services exactly as for a real user. Running it
 * twice is harmless: a unit whose code already exists is reused, not created again.
 */
public final class DemoData {

    static final String RESOURCE = "/demo-org-units.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the resource file; parents come before their children. */
    public record DemoUnit(String code, String name, String shortName, String kind, String parentCode,
                           String validFrom) {
    }

    private final String orgServiceUrl;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public DemoData(String orgServiceUrl, PrintStream out) {
        this.orgServiceUrl = orgServiceUrl;
        this.out = out;
    }

    public static List<DemoUnit> units() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return JSON.readValue(in, new TypeReference<List<DemoUnit>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** @return the id of every demo unit by code */
    public Map<String, String> load() {
        Map<String, String> idsByCode = new HashMap<>();
        int created = 0;
        for (DemoUnit unit : units()) {
            String parentId = unit.parentCode() == null ? null : idsByCode.get(unit.parentCode());
            if (unit.parentCode() != null && parentId == null) {
                throw new IllegalStateException(RESOURCE + ": " + unit.code() + " names parent "
                        + unit.parentCode() + ", which is not listed before it");
            }
            Optional<String> existing = findByCode(unit.code());
            if (existing.isPresent()) {
                idsByCode.put(unit.code(), existing.get());
            } else {
                idsByCode.put(unit.code(), create(unit, parentId));
                created++;
            }
        }
        out.println("Demo data: " + created + " org units created, " + (idsByCode.size() - created)
                + " already there (" + orgServiceUrl + "/api/v1/org-units)");
        return idsByCode;
    }

    private Optional<String> findByCode(String code) {
        String url = orgServiceUrl + "/api/v1/org-units?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        if (response.statusCode() != 200) {
            throw failure("GET " + url, response);
        }
        for (JsonNode item : read(response).path("items")) {
            if (code.equals(item.path("code").asText())) {
                return Optional.of(item.path("id").asText());
            }
        }
        return Optional.empty();
    }

    private String create(DemoUnit unit, String parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", unit.code());
        body.put("name", nfc(unit.name()));
        body.put("shortName", nfc(unit.shortName()));
        body.put("kind", unit.kind());
        body.put("parentId", parentId);
        body.put("validFrom", unit.validFrom());
        String url = orgServiceUrl + "/api/v1/org-units";
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
            if (response.statusCode() != 201) {
                throw failure("POST " + url + " for " + unit.code(), response);
            }
            return read(response).path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON for " + unit.code(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "application/json").timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LauncherException("Loading demo data failed: org-service at " + orgServiceUrl
                    + " did not answer (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted while loading demo data", e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new LauncherException("org-service answered with something that is not JSON: " + response.body());
        }
    }

    private static LauncherException failure(String what, HttpResponse<String> response) {
        return new LauncherException("Loading demo data failed: " + what + " answered HTTP "
                + response.statusCode() + ": " + response.body());
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
