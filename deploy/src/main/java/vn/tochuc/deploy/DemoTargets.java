package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The targets (chỉ tiêu) of the 17th congress resolution, owned by the province, and the district committees'
 * yearly figures for 2021-2024, chosen so that the province's combination meets or exceeds each of them ("đạt và
 * vượt 03 chỉ tiêu"). A target is found again by its code, a figure by its unit and period.
 */
record DemoTargets(TaskServiceClient tasks, Predicate<String> activeToday, Consumer<String> created) {

    void load(JsonNode spec, Map<String, String> documents, Map<String, String> unitIds) {
        String document = documents.get(spec.path("documentKey").asText());
        String owner = DemoTasks.unit(unitIds, spec.path("ownerCode").asText());
        List<JsonNode> existing = tasks.list("/api/v1/targets?documentId=" + document);
        for (JsonNode item : spec.path("items")) {
            String code = item.path("code").asText();
            Optional<JsonNode> found = existing.stream().filter(t -> code.equals(t.path("code").asText())).findFirst();
            String targetId = found.isPresent() ? found.get().path("id").asText() : define(item, document, owner,
                    spec.path("term").asText());
            for (Map.Entry<String, JsonNode> unit : DemoTasks.fields(item.path("figures")).entrySet()) {
                String unitId = DemoTasks.unit(unitIds, unit.getKey());
                if (!activeToday.test(unitId)) {
                    continue; // measured by the first load, before the unit ceased
                }
                List<String> measured = tasks.list("/api/v1/targets/" + targetId + "/measurements?unitId=" + unitId)
                        .stream().map(m -> m.path("period").asText()).toList();
                for (Map.Entry<String, JsonNode> figure : DemoTasks.fields(unit.getValue()).entrySet()) {
                    if (measured.contains(figure.getKey())) {
                        continue;
                    }
                    ObjectNode body = figure.getValue().deepCopy();
                    body.put("unitId", unitId);
                    body.put("period", figure.getKey());
                    body.put("evidence", "Báo cáo tổng kết năm " + figure.getKey() + " của " + unit.getKey());
                    tasks.create("/api/v1/targets/" + targetId + "/measurements", body, 201);
                    created.accept("target figures");
                }
            }
        }
    }

    private String define(JsonNode item, String document, String owner, String term) {
        ObjectNode body = item.deepCopy();
        body.remove("figures");
        body.put("documentId", document);
        body.put("ownerUnitId", owner);
        body.put("term", term);
        created.accept("targets");
        return tasks.create("/api/v1/targets", body, 201).path("id").asText();
    }
}
