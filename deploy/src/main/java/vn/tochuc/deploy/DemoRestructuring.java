package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Applies the demo's 2025 restructuring (the district level ending on 1 July 2025) through org-service's
 * restructuring cases, so reads as of a date before and after it differ. The file names units by code; each case
 * is skipped when its first unit has already ceased or its new unit exists, so a second run changes nothing.
 */
public final class DemoRestructuring {

    static final String RESOURCE = "/demo-restructuring.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrgServiceClient org;
    private final PrintStream out;

    public DemoRestructuring(OrgServiceClient org, PrintStream out) {
        this.org = org;
        this.out = out;
    }

    public void apply(Map<String, String> idsByCode) {
        int applied = 0;
        int skipped = 0;
        for (JsonNode demoCase : cases()) {
            if (alreadyApplied(demoCase, idsByCode)) {
                skipped++;
                continue;
            }
            JsonNode draft = org.post("/api/v1/restructuring-cases", resolve((ObjectNode) demoCase.deepCopy(), idsByCode));
            JsonNode result = org.approve("/api/v1/restructuring-cases/" + draft.path("id").asText() + "/approve",
                    draft.path("version").asLong());
            if (!"APPLIED".equals(result.path("status").asText())) {
                throw new LauncherException("Demo case '" + demoCase.path("title").asText() + "' ended "
                        + result.path("status").asText() + " instead of APPLIED");
            }
            result.path("established").fields().forEachRemaining(e -> idsByCode.put(e.getKey().toUpperCase(),
                    e.getValue().asText()));
            applied++;
        }
        out.println("Demo data: " + applied + " restructuring case(s) of 1 July 2025 applied, " + skipped
                + " already in effect (compare /api/v1/org-units/tree?asOf=2025-06-30 and ?asOf=2025-07-01)");
    }

    private boolean alreadyApplied(JsonNode demoCase, Map<String, String> idsByCode) {
        JsonNode newUnits = demoCase.path("newUnits");
        if (newUnits.size() > 0) {
            return org.findIdByCode(newUnits.get(0).path("code").asText(), demoCase.path("effectiveDate").asText())
                    .isPresent();
        }
        String unit = idsByCode.get(demoCase.path("unitCode").asText());
        return !org.existsOn(unit, demoCase.path("effectiveDate").asText());
    }

    /** Replaces the file's unit codes by the ids org-service gave the units. */
    private static ObjectNode resolve(ObjectNode c, Map<String, String> ids) {
        if (c.has("unitCode")) {
            c.put("unitId", id(ids, c.remove("unitCode").asText()));
        }
        if (c.has("sourceCodes")) {
            ArrayNode sources = c.putArray("sourceUnitIds");
            c.remove("sourceCodes").forEach(code -> sources.add(id(ids, code.asText())));
        }
        for (JsonNode unit : c.path("newUnits")) {
            String parent = unit.path("parentCode").asText(null);
            if (parent != null && ids.containsKey(parent)) {
                ((ObjectNode) unit).remove("parentCode");
                ((ObjectNode) unit).put("parentId", ids.get(parent));
            }
        }
        for (JsonNode placement : c.path("childPlacements")) {
            ObjectNode p = (ObjectNode) placement;
            p.put("childId", id(ids, p.remove("childCode").asText()));
            String parent = p.path("newParentCode").asText(null);
            if (parent != null && ids.containsKey(parent)) {
                p.remove("newParentCode");
                p.put("newParentId", ids.get(parent));
            }
        }
        return c;
    }

    private static String id(Map<String, String> ids, String code) {
        String id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException(RESOURCE + " names unit " + code + ", which the demo units do not have");
        }
        return id;
    }

    static Iterable<JsonNode> cases() {
        try (InputStream in = DemoRestructuring.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode all = JSON.readTree(in);
            return () -> (Iterator<JsonNode>) all.elements();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
