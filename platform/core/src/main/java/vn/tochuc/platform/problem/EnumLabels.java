package vn.tochuc.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes each enum value's Vietnamese label into the API document, beside the value ("REPRIMAND — khiển trách"),
 * from the same labels the Vietnamese problem texts use (tochuc-labels_vi.properties): the Board's officers read
 * the document in their own words, and the two cannot drift apart. An enum schema, whether a component or inline in
 * a property, is matched to the labelled Java enum with exactly its values.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class EnumLabels implements OASFilter {

    static final String MARK = " — ";

    @Override
    public Schema filterSchema(Schema schema) {
        label(schema);
        return schema;
    }

    static void label(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values == null || values.isEmpty()) {
            return;
        }
        Map<String, String> labels = ProblemCatalog.labels(values.stream().map(String::valueOf).toList());
        String before = schema.getDescription();
        if (labels == null || (before != null && before.contains(values.get(0) + MARK))) {
            return; // not a labelled enum, or labelled already
        }
        List<String> lines = new ArrayList<>();
        for (Object value : values) {
            lines.add("- " + value + MARK + labels.get(String.valueOf(value)));
        }
        schema.setDescription((before == null || before.isBlank() ? "" : before + "\n\n") + String.join("\n", lines));
    }
}
