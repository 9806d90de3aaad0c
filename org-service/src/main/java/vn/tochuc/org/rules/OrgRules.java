package vn.tochuc.org.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;

/**
 * org-service's rules as effective-dated versions: the kinds of unit and their parents, the discipline forms for a
 * party organization, the terms. A decision is judged by the version in force on its date.
 */
@ApplicationScoped
public class OrgRules {

    public static final String UNIT_KINDS = "org.unit-kinds";
    public static final String DISCIPLINE_FORMS = "org.discipline-forms";
    public static final String TERMS = "org.terms";

    private final List<OrgRule> seeded;

    OrgRules(ObjectMapper mapper) {
        try (InputStream in = OrgRules.class.getResourceAsStream("/rules/org-rules.json")) {
            List<OrgRule> rules = new ArrayList<>();
            for (JsonNode node : mapper.readTree(in)) {
                rules.add(new OrgRule(UUID.fromString(node.path("id").asText()), node.path("ruleKey").asText(),
                        node.path("documentNumber").asText(), date(node.path("documentDate")),
                        node.path("article").asText(null), date(node.path("validFrom")), date(node.path("validTo")),
                        node.path("toConfirm").asBoolean(), node.path("values")));
            }
            this.seeded = List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asText());
    }

    /** The version of the rule in force on the day, if any. */
    public Optional<OrgRule> inForce(String ruleKey, LocalDate date) {
        return versions(ruleKey).stream()
                .filter(v -> !v.validFrom().isAfter(date) && (v.validTo() == null || v.validTo().isAfter(date)))
                .max(Comparator.comparing(OrgRule::validFrom));
    }

    /** The version in force on the day; 422 naming the rule when none is. */
    public OrgRule require(String ruleKey, LocalDate date) {
        return inForce(ruleKey, date).orElseThrow(() -> new ProblemException(422, "no-rule-in-force", "No version of "
                + "the rule " + ruleKey + " is in force on " + date + "; an administrator adds one through the rules "
                + "API."));
    }

    /** Every version of the rule, oldest first. */
    public List<OrgRule> versions(String ruleKey) {
        return seeded.stream().filter(v -> v.ruleKey().equals(ruleKey))
                .sorted(Comparator.comparing(OrgRule::validFrom)).toList();
    }
}
