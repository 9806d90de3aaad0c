package vn.tochuc.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The province's quarterly report of the grassroots party committees and its 2025 obligations: some units report
 * on time, some late (recorded on the day they were sent), others not at all. The schedule is found again by its
 * requesting unit and subject, a period's obligations by the schedule and period; only an obligation still due is
 * submitted.
 */
record DemoReports(TaskServiceClient tasks, Consumer<String> created) {

    void load(JsonNode spec, Map<String, String> documents, Map<String, String> unitIds) {
        String requesting = DemoTasks.unit(unitIds, spec.path("requestingCode").asText());
        String subject = spec.path("subject").asText();
        Optional<JsonNode> found = tasks.list("/api/v1/report-schedules?requestingUnitId=" + requesting).stream()
                .filter(s -> subject.equals(s.path("subject").asText())).findFirst();
        JsonNode schedule = found.orElseGet(() -> define(spec, documents, requesting));
        String id = schedule.path("id").asText();
        for (JsonNode period : spec.path("periods")) {
            // made once: a later load would also ask units that appeared since (the merged commune) for a past period
            if (!tasks.list("/api/v1/report-obligations?scheduleId=" + id + "&period=" + period.asText()).isEmpty()) {
                continue;
            }
            long version = tasks.read("/api/v1/report-schedules/" + id).path("version").asLong();
            String path = "/api/v1/report-schedules/" + id + "/obligations?period=" + period.asText();
            ApiAnswer made = tasks.post(path, null, version);
            // 201 when obligations were made, 200 when every unit already had the period's
            TaskServiceClient.expect("POST " + path, made, made.status() == 201 ? 201 : 200);
            for (int i = 0; i < made.body().path("created").asInt(); i++) {
                created.accept("report obligations");
            }
        }
        for (Map.Entry<String, JsonNode> period : DemoTasks.fields(spec.path("submissions")).entrySet()) {
            Map<String, String> sentOn = new HashMap<>();
            DemoTasks.fields(period.getValue()).forEach((code, day) -> sentOn.put(DemoTasks.unit(unitIds, code),
                    day.asText()));
            String obligations = "/api/v1/report-obligations?scheduleId=" + id + "&period=" + period.getKey();
            for (JsonNode o : tasks.list(obligations)) {
                String day = sentOn.get(o.path("unitId").asText());
                if (day != null && "DUE".equals(o.path("status").asText())) {
                    ObjectNode body = JsonNodeFactory.instance.objectNode()
                            .put("summary", subject + " " + period.getKey())
                            .put("attachmentRef", "docstore://bao-cao/" + period.getKey() + "/"
                                    + o.path("unitId").asText())
                            .put("submittedOn", day);
                    tasks.change("/api/v1/report-obligations/" + o.path("id").asText() + "/submissions",
                            o.path("version").asLong(), body, 200);
                    created.accept("report submissions");
                }
            }
        }
    }

    private JsonNode define(JsonNode spec, Map<String, String> documents, String requesting) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("requestingUnitId", requesting)
                .put("subject", spec.path("subject").asText())
                .put("sourceDocumentId", documents.get(spec.path("documentKey").asText()))
                .put("periodKind", spec.path("periodKind").asText())
                .put("unitKind", spec.path("unitKind").asText())
                .put("dueDaysAfterEnd", spec.path("dueDaysAfterEnd").asInt());
        created.accept("report schedules");
        return tasks.create("/api/v1/report-schedules", body, 201);
    }
}
