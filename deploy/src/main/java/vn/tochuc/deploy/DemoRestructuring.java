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
import java.util.Optional;

/**
 * Applies the demo's 2025 restructuring through org-service's restructuring cases, so reads as of a date before and
 * after it differ: Tỉnh ủy Phú Thọ established, the district level ended, and Tỉnh ủy Vĩnh Phúc merged into Phú Thọ,
 * all on 1 July 2025. The file names units by code; each case is skipped when its first unit has already ceased or
 * its new unit exists (whose id is then looked up for the cases after it), so a second run changes nothing.
 *
 * <p>The order matters: org-service takes one change per unit per day, so the district cases place their children
 * under Phú Thọ (established first) directly, and the merger is last, when Vĩnh Phúc has only its boards left.
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
                + " already in effect (compare /api/v1/org-units/tree?asOf=2025-06-30, Tỉnh ủy Vĩnh Phúc, and "
                + "?asOf=2025-07-01, Tỉnh ủy Phú Thọ)");
    }

    private boolean alreadyApplied(JsonNode demoCase, Map<String, String> idsByCode) {
        String date = demoCase.path("effectiveDate").asText();
        JsonNode newUnits = demoCase.path("newUnits");
        if (newUnits.size() > 0) {
            boolean applied = false;
            for (JsonNode unit : newUnits) {
                String code = unit.path("code").asText();
                Optional<String> found = org.findIdByCode(code, date);
                found.ifPresent(id -> idsByCode.putIfAbsent(code, id));
                applied |= found.isPresent();
            }
            return applied;
        }
        String first = demoCase.has("unitCode") ? demoCase.path("unitCode").asText()
                : demoCase.path("sourceCodes").path(0).asText();
        return !org.existsOn(id(idsByCode, first), date);
    }

    /** Replaces the file's unit codes by the ids org-service gave the units. */
    private static ObjectNode resolve(ObjectNode c, Map<String, String> ids) {
        if (c.has("unitCode")) {
            c.put("unitId", id(ids, c.remove("unitCode").asText()));
        }
        if (c.has("targetCode")) {
            c.put("targetUnitId", id(ids, c.remove("targetCode").asText()));
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
