package vn.tochuc.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the demo (the units and people named in the source document, generated party members, and the Board's
 * resolutions, tasks, targets, congress plans and reports) through the public APIs of org-, cadre- and task-service,
 * so the events flow between the services exactly as for a real user. Running it twice is harmless: a unit whose
 * code already exists is reused, a person whose national ID is on record is found, a task-service record is found
 * by its natural key (see {@link DemoTasks}), not created again.
 */
public final class DemoData {

    static final String RESOURCE = "/demo-org-units.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line of the resource file; parents come before their children. */
    public record DemoUnit(String code, String name, String shortName, String kind, String parentCode,
                           String validFrom) {
    }

    private final OrgServiceClient org;
    private final CadreServiceClient cadre;
    private final TaskServiceClient tasks;
    private final PrintStream out;

    /** @param token a bearer token of a province-wide role, as {@link #loaderToken} makes */
    public DemoData(String orgServiceUrl, String cadreServiceUrl, String taskServiceUrl, String token,
            PrintStream out) {
        this.org = new OrgServiceClient(orgServiceUrl, token);
        this.cadre = new CadreServiceClient(cadreServiceUrl, token);
        this.tasks = new TaskServiceClient(taskServiceUrl, token);
        this.out = out;
    }

    /** The loader of a running suite, acting as {@link #loaderToken} signed with the suite's key. */
    public static DemoData of(SuiteConfig config, PrintStream out) {
        return new DemoData(config.service("org-service").baseUrl(config.host()),
                config.service("cadre-service").baseUrl(config.host()),
                config.service("task-service").baseUrl(config.host()), loaderToken(new DevKeys(config.runDir())), out);
    }

    /** The demo loader acts as a provincial Board officer, so the audit trail names it as "demo-loader". */
    public static String loaderToken(DevKeys keys) {
        return keys.token("demo-loader", List.of("board-officer"), List.of(), Duration.ofHours(2));
    }

    /**
     * Loads the demo units, their positions, the people holding them and the members of the cells, the Board's work
     * in task-service, then the 2025 restructuring that ends the district level. People and tasks come before the
     * restructuring: cadre-service then ends the appointments in the ceasing units itself, task-service passes the
     * districts' open tasks, obligations and plans to their successors, and the history shows the change as it
     * happened (the 2021-2024 work stays on the district committees).
     */
    public Map<String, String> loadAll() {
        long started = System.nanoTime();
        Map<String, String> ids = load();
        new DemoTerms(org, out).load(ids);
        new DemoPositions(org, out).load(ids);
        new DemoPeople(org, cadre, out).load(ids);
        new DemoMembers(cadre, out).load(ids);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        new DemoTasks(tasks, id -> org.existsOn(id, today), out).load(ids);
        new DemoRestructuring(org, out).apply(ids);
        out.printf("Demo data loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
        return ids;
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
            Optional<String> existing = org.findIdByCode(unit.code(), unit.validFrom());
            if (existing.isPresent()) {
                idsByCode.put(unit.code(), existing.get());
            } else {
                idsByCode.put(unit.code(), create(unit, parentId));
                created++;
            }
        }
        out.println("Demo data: " + created + " org units created, " + (idsByCode.size() - created)
                + " already there (" + org.baseUrl() + "/api/v1/org-units)");
        return idsByCode;
    }

    private String create(DemoUnit unit, String parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", unit.code());
        body.put("name", nfc(unit.name()));
        body.put("shortName", nfc(unit.shortName()));
        body.put("kind", unit.kind());
        body.put("parentId", parentId);
        body.put("validFrom", unit.validFrom());
        return org.post("/api/v1/org-units", body).path("id").asText();
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
