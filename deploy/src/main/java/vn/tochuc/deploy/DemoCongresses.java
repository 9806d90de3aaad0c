package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The 2025-2030 congress plans of the demo tree: a plan for every party organization below the province (task-service
 * opens them, idempotently), the planned dates, and the milestones the grassroots organizations reached: some held
 * on time, one after the rule's deadline, one after its planned date, others only planned. A milestone already
 * reached is not recorded again.
 */
record DemoCongresses(TaskServiceClient tasks, Predicate<String> activeToday, Consumer<String> created) {

    void load(JsonNode spec, Map<String, String> unitIds) {
        String root = DemoTasks.unit(unitIds, spec.path("rootCode").asText());
        String term = spec.path("term").asText();
        Map<String, JsonNode> plans = plans(root, term);
        // The first load opens the tree's plans; units made since (the merged commune) are the Board's to plan.
        if (!plans.containsKey(root)) {
            ObjectNode subtree = JsonNodeFactory.instance.objectNode().put("orgUnitId", root).put("term", term);
            JsonNode opened = tasks.create("/api/v1/congresses/subtree-plans", subtree, 200);
            for (int i = 0; i < opened.path("created").asInt(); i++) {
                created.accept("congress plans");
            }
            plans = plans(root, term);
        }
        for (JsonNode item : spec.path("plans")) {
            String unitId = DemoTasks.unit(unitIds, item.path("unitCode").asText());
            JsonNode plan = plans.get(unitId);
            if (plan == null && activeToday.test(unitId)) {
                // moved out of the root's subtree since (Vĩnh Phúc's wards went to Phú Thọ on 1 July 2025)
                plan = plans(unitId, term).get(unitId);
            }
            if (plan == null && !activeToday.test(unitId)) {
                continue;
            }
            if (plan == null) {
                throw new IllegalStateException(DemoTasks.RESOURCE + ": task-service opened no congress plan for "
                        + item.path("unitCode").asText() + "; is its kind scheduled by a rule version of " + term
                        + "?");
            }
            String id = plan.path("id").asText();
            if (plan.path("plannedDate").isNull() && plan.path("heldOn").isNull()) {
                ObjectNode schedule = JsonNodeFactory.instance.objectNode()
                        .put("plannedDate", item.path("plannedDate").asText());
                if (item.path("pilot").asBoolean(false)) {
                    schedule.put("pilot", true);
                }
                plan = tasks.patch("/api/v1/congresses/" + id, plan.path("version").asLong(), schedule);
                created.accept("congress dates");
            }
            for (Map.Entry<String, JsonNode> milestone : DemoTasks.fields(item.path("milestones")).entrySet()) {
                if (reached(plan, milestone.getKey())) {
                    continue;
                }
                ObjectNode body = JsonNodeFactory.instance.objectNode().put("date", milestone.getValue().asText());
                if ("CONGRESS_HELD".equals(milestone.getKey()) && item.has("ordinal")) {
                    body.put("congressOrdinal", item.path("ordinal").asInt());
                }
                plan = tasks.change("/api/v1/congresses/" + id + "/milestones/" + milestone.getKey(),
                        plan.path("version").asLong(), body, 200);
                created.accept("congress milestones");
            }
        }
    }

    private Map<String, JsonNode> plans(String root, String term) {
        Map<String, JsonNode> plans = new HashMap<>();
        tasks.list("/api/v1/congresses?orgUnitId=" + root + "&term=" + term)
                .forEach(p -> plans.put(p.path("orgUnitId").asText(), p));
        return plans;
    }

    private static boolean reached(JsonNode plan, String milestone) {
        for (JsonNode m : plan.path("milestones")) {
            if (milestone.equals(m.path("milestone").asText())) {
                return !m.path("actualDate").isNull();
            }
        }
        return false;
    }
}
