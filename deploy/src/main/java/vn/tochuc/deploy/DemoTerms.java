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
 * Records the demo units' congresses of the 2020-2025 term (the province's XVII congress, which the source document
 * names), so a unit's terms say what the appointments' planned ends (the end of the term) assume. A term already
 * recorded for the unit is left as it is, so a second run changes nothing.
 */
public final class DemoTerms {

    static final String RESOURCE = "/demo-terms.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrgServiceClient org;
    private final PrintStream out;

    public DemoTerms(OrgServiceClient org, PrintStream out) {
        this.org = org;
        this.out = out;
    }

    public void load(Map<String, String> idsByCode) {
        int recorded = 0;
        int found = 0;
        for (JsonNode term : terms()) {
            String unit = idsByCode.get(term.path("unitCode").asText());
            if (unit == null) {
                throw new IllegalStateException(RESOURCE + " names unit " + term.path("unitCode").asText()
                        + ", which the demo units do not have");
            }
            String code = term.path("termCode").asText();
            if (org.hasTerm(unit, code)) {
                found++;
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("congressOrdinal", term.path("congressOrdinal").asInt());
            body.put("congressDate", term.path("congressDate").asText());
            org.put("/api/v1/org-units/" + unit + "/terms/" + code, body);
            recorded++;
        }
        out.println("Demo data: " + recorded + " congress term(s) recorded, " + found + " already there");
    }

    static Iterable<JsonNode> terms() {
        try (InputStream in = DemoTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
