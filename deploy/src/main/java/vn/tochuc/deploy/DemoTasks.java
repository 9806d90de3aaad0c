package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Board's work in task-service, from {@code demo-tasks.json}: the 17th provincial congress resolution and the
 * Tỉnh ủy's action programme with the 12 key tasks given to the district committees in January 2021 and reported on
 * every year until 2024 (basically completed in 2024, as the source document says), its 3 targets measured by the
 * districts, the 2025 tasks of the Board's conclusion, the 2025-2030 congress plans of the demo tree and the
 * quarterly report of the grassroots committees. Everything goes through task-service's public API as the loader's
 * province-wide Board officer, who records the past days (assignment, progress, acceptance) the API lets such a role
 * record. Loaded before the 2025 restructuring, so the history sits on the district committees that cease on
 * 1 July 2025 and task-service passes their open work on itself.
 * <p>
 * A second load finds every record (documents by number, tasks by title and document or by parent and unit, targets
 * by code, figures by unit and period, plans by unit, the schedule by subject) and every step already taken, and
 * creates nothing.
 */
public final class DemoTasks {

    static final String RESOURCE = "/demo-tasks.json";
    private static final Set<String> OPEN = Set.of("ASSIGNED", "IN_PROGRESS");

    private final TaskServiceClient tasks;
    private final Predicate<String> activeToday;
    private final PrintStream out;
    private final Map<String, Integer> created = new LinkedHashMap<>();

    /**
     * @param activeToday whether a unit (by id) still exists today: a unit that ceased (the districts after 1 July
     *                    2025) had its work recorded by the first load and passed on by task-service since, so a
     *                    later load leaves it alone
     */
    public DemoTasks(TaskServiceClient tasks, Predicate<String> activeToday, PrintStream out) {
        this.tasks = tasks;
        this.activeToday = activeToday;
        this.out = out;
    }

    public void load(Map<String, String> unitIds) {
        long started = System.nanoTime();
        JsonNode demo = Resources.json(RESOURCE);
        // task-service learns the units from org-service's events: nothing can name a unit it does not know yet
        for (DemoData.DemoUnit unit : DemoData.units()) {
            if (activeToday.test(unitIds.get(unit.code()))) {
                tasks.awaitUnit(unit.code(), unitIds.get(unit.code()));
            }
        }
        Map<String, String> documents = documents(demo.path("documents"), unitIds);
        keyTasks(demo.path("keyTasks"), documents, unitIds);
        tasksOf2025(demo.path("tasks2025"), documents, unitIds);
        new DemoTargets(tasks, activeToday, this::count).load(demo.path("targets"), documents, unitIds);
        new DemoCongresses(tasks, activeToday, this::count).load(demo.path("congresses"), unitIds);
        new DemoReports(tasks, this::count).load(demo.path("reports"), documents, unitIds);
        out.printf("Demo data: task-service %s created, the rest already there, in %.1f s (%s/api/v1/tasks/grid"
                + "?orgUnitId=%s&asOf=2024-12-31)%n", created, (System.nanoTime() - started) / 1e9, tasks.baseUrl(),
                unitIds.get("TU-VP"));
    }

    void count(String what) {
        created.merge(what, 1, Integer::sum);
    }

    /** @return the id of each document by its key in the file */
    private Map<String, String> documents(JsonNode list, Map<String, String> unitIds) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode d : list) {
            String issuer = unit(unitIds, d.path("issuerCode").asText());
            String number = d.path("numberSymbol").asText();
            Optional<JsonNode> found = tasks.list("/api/v1/source-documents?issuerUnitId=" + issuer).stream()
                    .filter(doc -> number.equals(doc.path("numberSymbol").asText())).findFirst();
            if (found.isPresent()) {
                ids.put(d.path("key").asText(), found.get().path("id").asText());
                continue;
            }
            ObjectNode body = d.deepCopy();
            body.remove(List.of("key", "issuerCode"));
            body.put("issuerUnitId", issuer);
            ids.put(d.path("key").asText(), tasks.create("/api/v1/source-documents", body, 201).path("id").asText());
            count("documents");
        }
        return ids;
    }

    /**
     * The 12 key tasks: each a root of the province (the Board cooperating), given to the districts on the same day;
     * the districts report every year; most submit their result in December 2024 and the province accepts it, the
     * rest stay in progress into 2025; the province grades every root for 2024.
     */
    private void keyTasks(JsonNode spec, Map<String, String> documents, Map<String, String> unitIds) {
        String document = documents.get(spec.path("documentKey").asText());
        for (JsonNode item : spec.path("tasks")) {
            JsonNode root = root(document, spec, item, unitIds);
            Set<String> open = new HashSet<>();
            item.path("openIn").forEach(code -> open.add(code.asText()));
            for (JsonNode code : spec.path("assignTo")) {
                JsonNode child = child(root, unit(unitIds, code.asText()), spec.path("assignedOn").asText(), null);
                if (child == null) {
                    continue;
                }
                List<JsonNode> reports = new ArrayList<>();
                spec.path("progress").forEach(reports::add);
                reports.add(spec.path(open.contains(code.asText()) ? "openReport" : "finalReport"));
                child = report(child, reports);
                if (!open.contains(code.asText())) {
                    complete(child, spec.path("submittedThenAcceptedOn").asText());
                }
            }
            grade(root, spec.path("grade"));
        }
    }

    /** The 2025 tasks of the Board's conclusion: given in January 2025, some further down, reported, a few closed. */
    private void tasksOf2025(JsonNode spec, Map<String, String> documents, Map<String, String> unitIds) {
        String document = documents.get(spec.path("documentKey").asText());
        for (JsonNode item : spec.path("items")) {
            JsonNode root = root(document, spec, item, unitIds);
            String assignedOn = spec.path("assignedOn").asText();
            Map<String, JsonNode> byUnit = new LinkedHashMap<>();
            byUnit.put(item.path("leadCode").asText(spec.path("leadCode").asText()), root);
            for (JsonNode code : item.path("assignTo")) {
                byUnit.put(code.asText(), child(root, unit(unitIds, code.asText()), assignedOn,
                        item.path("childDeadline").asText(null)));
            }
            for (Map.Entry<String, JsonNode> further : fields(item.path("further")).entrySet()) {
                JsonNode parent = byUnit.get(further.getKey());
                if (parent == null) {
                    continue;
                }
                for (JsonNode code : further.getValue()) {
                    byUnit.put(code.asText(), child(parent, unit(unitIds, code.asText()),
                            item.path("furtherOn").asText(), item.path("furtherDeadline").asText(null)));
                }
            }
            for (JsonNode reports : List.of(item.path("reports"), item.path("furtherReports"))) {
                for (Map.Entry<String, JsonNode> r : fields(reports).entrySet()) {
                    if (byUnit.get(r.getKey()) == null) {
                        continue;
                    }
                    List<JsonNode> list = new ArrayList<>();
                    r.getValue().forEach(list::add);
                    byUnit.put(r.getKey(), report(byUnit.get(r.getKey()), list));
                }
            }
            for (Map.Entry<String, JsonNode> accepted : fields(item.path("furtherAccepted")).entrySet()) {
                if (byUnit.get(accepted.getKey()) != null) {
                    complete(byUnit.get(accepted.getKey()), accepted.getValue().asText());
                }
            }
            if (item.has("acceptedOn")) {
                complete(byUnit.get(item.path("leadCode").asText()), item.path("acceptedOn").asText());
            }
        }
    }

    /** The root task of the document with the item's title, written as assigned on the spec's day if missing. */
    private JsonNode root(String document, JsonNode spec, JsonNode item, Map<String, String> unitIds) {
        String title = item.path("title").asText();
        Optional<JsonNode> found = tasks.list("/api/v1/tasks?documentId=" + document).stream()
                .filter(t -> t.path("parentId").isNull() && title.equals(t.path("title").asText())).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        String lead = unit(unitIds, item.path("leadCode").asText(spec.path("leadCode").asText()));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("documentId", document);
        body.put("kind", spec.path("kind").asText());
        body.put("title", title);
        body.put("leadUnitId", lead);
        body.put("assigningUnitId", unit(unitIds, spec.path("leadCode").asText()));
        ArrayNode cooperating = body.putArray("cooperatingUnitIds");
        spec.path("cooperatingCodes").forEach(c -> {
            if (!unit(unitIds, c.asText()).equals(lead)) {
                cooperating.add(unit(unitIds, c.asText()));
            }
        });
        body.put("deadline", item.path("deadline").asText(spec.path("deadline").asText()));
        if (spec.has("expectedResult")) {
            body.put("expectedResult", spec.path("expectedResult").asText());
        }
        body.put("assignedOn", spec.path("assignedOn").asText());
        count("tasks");
        return tasks.create("/api/v1/tasks", body, 201);
    }

    /**
     * The child task of {@code parent} given to the unit, given on {@code on} if missing; null when the unit has
     * ceased (its task was passed to its successor, which leads it now) or the parent was closed (a second copy
     * cancelled by a merger, whose subtasks moved under the successor's copy).
     */
    private JsonNode child(JsonNode parent, String unitId, String on, String deadline) {
        String parentId = parent.path("id").asText();
        List<JsonNode> found = tasks.list("/api/v1/tasks?parentId=" + parentId + "&unitId=" + unitId);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        if (!activeToday.test(unitId) || !OPEN.contains(parent.path("status").asText())) {
            return null;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("unitIds").add(unitId);
        body.put("assignedOn", on);
        if (deadline != null) {
            body.put("deadline", deadline);
        }
        JsonNode children = tasks.change("/api/v1/tasks/" + parentId + "/assignments", version(parentId), body, 201);
        count("tasks");
        return children.get(0);
    }

    /** Reports the progress the task has not had yet (by day), in order; returns the task as it is after. */
    private JsonNode report(JsonNode task, List<JsonNode> reports) {
        String id = task.path("id").asText();
        Set<String> done = new HashSet<>();
        tasks.list("/api/v1/tasks/" + id + "/progress-reports").forEach(r -> done.add(r.path("reportedOn").asText()));
        for (JsonNode r : reports) {
            if (done.contains(r.path("reportedOn").asText()) || !OPEN.contains(task(id).path("status").asText())) {
                continue;
            }
            tasks.change("/api/v1/tasks/" + id + "/progress-reports", version(id), r, 201);
            count("progress reports");
        }
        return task(id);
    }

    /** The lead unit submits and the assigning level accepts on {@code on}, unless that happened already. */
    private void complete(JsonNode task, String on) {
        String id = task.path("id").asText();
        JsonNode now = task(id);
        if (OPEN.contains(now.path("status").asText())) {
            now = step(now, "SUBMIT", null);
        }
        if ("SUBMITTED".equals(now.path("status").asText())) {
            step(now, "ACCEPT", on);
            count("acceptances");
        }
    }

    private void grade(JsonNode task, JsonNode grade) {
        String id = task.path("id").asText();
        String period = grade.path("period").asText();
        boolean graded = tasks.read("/api/v1/tasks/" + id + "/outcomes").findValuesAsText("period").contains(period);
        if (!graded) {
            tasks.change("/api/v1/tasks/" + id + "/outcomes", version(id), grade, 201);
            count("grades");
        }
    }

    private JsonNode step(JsonNode task, String step, String on) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("step", step);
        if (on != null) {
            body.put("on", on);
        }
        String id = task.path("id").asText();
        return tasks.change("/api/v1/tasks/" + id + "/steps", task.path("version").asLong(), body, 200);
    }

    private JsonNode task(String id) {
        return tasks.read("/api/v1/tasks/" + id);
    }

    private long version(String taskId) {
        return task(taskId).path("version").asLong();
    }

    static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        return fields;
    }

    static String unit(Map<String, String> unitIds, String code) {
        String id = unitIds.get(code);
        if (id == null) {
            throw new IllegalStateException(RESOURCE + " names unit " + code + ", which demo-org-units.json does "
                    + "not list");
        }
        return id;
    }
}
