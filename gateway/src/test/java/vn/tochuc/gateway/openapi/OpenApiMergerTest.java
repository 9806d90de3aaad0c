package vn.tochuc.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static JsonObject doc(String path, JsonObject schemas) {
        return new JsonObject()
                .put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", "x").put("version", "9"))
                .put("paths", new JsonObject().put(path, new JsonObject().put("get", new JsonObject())))
                .put("components", new JsonObject().put("schemas", schemas));
    }

    @Test
    void shouldUniteThePathsOfAllDocuments() {
        JsonObject merged = OpenApiMerger.merge(List.of(
                new OpenApiMerger.Source("a", doc("/api/v1/a", new JsonObject())),
                new OpenApiMerger.Source("b", doc("/api/v1/b", new JsonObject()))), List.of(), "1").document();
        assertThat(merged.getJsonObject("paths").fieldNames()).containsExactlyInAnyOrder("/api/v1/a", "/api/v1/b");
        assertThat(merged.getString("openapi")).isEqualTo("3.0.3");
        assertThat(merged.getJsonObject("info").getString("title")).isEqualTo("ToChuc API");
        assertThat(merged.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("/");
        // OWASP API9: a server says who it is for and which environments it stands for
        assertThat(merged.getJsonArray("servers").getJsonObject(0).getBoolean("x-internal")).isFalse();
        assertThat(merged.getJsonArray("servers").getJsonObject(0).getString("description")).contains("production");
    }

    @Test
    void shouldTakeAnIdenticalComponentOnceWithoutConflict() {
        JsonObject problem = new JsonObject().put("type", "object");
        OpenApiMerger.Result result = OpenApiMerger.merge(List.of(
                new OpenApiMerger.Source("a", doc("/a", new JsonObject().put("Problem", problem.copy()))),
                new OpenApiMerger.Source("b", doc("/b", new JsonObject().put("Problem", problem.copy())))),
                List.of(), "1");
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.document().getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem"))
                .isEqualTo(problem);
    }

    @Test
    void shouldKeepTheFirstOfTwoDifferingComponentsAndReportIt() {
        OpenApiMerger.Result result = OpenApiMerger.merge(List.of(
                new OpenApiMerger.Source("a", doc("/a", new JsonObject().put("Unit", new JsonObject().put("title", "A")))),
                new OpenApiMerger.Source("b", doc("/b", new JsonObject().put("Unit", new JsonObject().put("title", "B"))))),
                List.of(), "1");
        assertThat(result.document().getJsonObject("components").getJsonObject("schemas").getJsonObject("Unit")
                .getString("title")).isEqualTo("A");
        assertThat(result.conflicts()).singleElement().asString()
                .contains("components.schemas 'Unit'").contains("b");
    }

    @Test
    void shouldNameTheServicesLeftOut() {
        JsonObject merged = OpenApiMerger.merge(List.of(new OpenApiMerger.Source("a", doc("/a", new JsonObject()))),
                List.of(new OpenApiMerger.Missing("c", "not reachable")), "1").document();
        JsonObject services = merged.getJsonObject(OpenApiMerger.SERVICES_EXTENSION);
        assertThat(services.getJsonArray("included")).containsExactly("a");
        assertThat(services.getJsonArray("unavailable").getJsonObject(0).getString("service")).isEqualTo("c");
        assertThat(merged.getJsonObject("info").getString("description")).contains("Left out").contains("c");
    }

    @Test
    void shouldProduceAValidEmptyDocumentWhenNoServiceAnswers() {
        JsonObject merged = OpenApiMerger.merge(List.of(), List.of(new OpenApiMerger.Missing("a", "down")), "1")
                .document();
        assertThat(merged.getString("openapi")).isEqualTo("3.1.0");
        assertThat(merged.getJsonObject("paths")).isEmpty();
    }
}
