package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The positions the people of the source document hold (secretaries, the head of the Inspection Commission, the
 * head of the Organization Board, ...), set up from the demo units' founding date, before the 2025 restructuring
 * ends the district ones. A position whose title the unit already has is left alone.
 */
public final class DemoPositions {

    static final String RESOURCE = "/demo-positions.json";
    static final String VALID_FROM = "2020-10-15";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrgServiceClient org;
    private final PrintStream out;

    public DemoPositions(OrgServiceClient org, PrintStream out) {
        this.org = org;
        this.out = out;
    }

    public void load(Map<String, String> idsByCode) {
        int created = 0;
        int existing = 0;
        for (JsonNode position : positions()) {
            String unit = idsByCode.get(position.path("unitCode").asText());
            if (unit == null) {
                throw new IllegalStateException(RESOURCE + " names unit " + position.path("unitCode").asText()
                        + ", which the demo units do not have");
            }
            if (org.hasPosition(unit, position.path("titleCode").asText(), VALID_FROM)) {
                existing++;
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("orgUnitId", unit);
            body.put("titleCode", position.path("titleCode").asText());
            body.put("seats", position.path("seats").asInt());
            body.put("managingBody", position.path("managingBody").asText());
            body.put("validFrom", VALID_FROM);
            org.post("/api/v1/positions", body);
            created++;
        }
        out.println("Demo data: " + created + " positions created, " + existing + " already there");
    }

    static JsonNode positions() {
        try (InputStream in = DemoPositions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
