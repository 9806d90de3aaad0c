package vn.tochuc.org.rules;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vn.tochuc.org.domain.OrgUnitKind;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * Which kinds of party organization exist on a date and which kinds each may sit under (rule
 * {@value OrgRules#UNIT_KINDS}). Only kinds of the category PARTY_ORGANIZATION that some version of the rule names
 * are governed: advisory bodies, state and front bodies are not levels of the Party, and a kind an administrator has
 * just added stays usable (only its being active is checked) until the Board writes it into a new version. A unit
 * without a parent is the top of the tree this installation holds (its superior lies outside), so only its kind is
 * judged.
 */
@ApplicationScoped
public class UnitKindRules {

    private static final String PARTY = "PARTY_ORGANIZATION";

    private final OrgRules rules;

    UnitKindRules(OrgRules rules) {
        this.rules = rules;
    }

    /** A kind in force on a date and the kinds it may sit under (empty: only at the top). */
    public record KindInForce(String kind, List<String> parentKinds) {
    }

    /** The party-organization kinds of the version in force on the day. */
    public List<KindInForce> kindsOn(LocalDate date) {
        return rules.inForce(OrgRules.UNIT_KINDS, date).map(UnitKindRules::kinds).orElse(List.of());
    }

    /** Refuses a party-organization kind that the version in force on the day does not name. */
    public void requireInForce(String field, String kind, LocalDate date) {
        if (!governed(kind)) {
            return;
        }
        OrgRule version = rules.require(OrgRules.UNIT_KINDS, date);
        if (!version.values().path("kinds").has(kind)) {
            throw new ProblemException(422, "kind-not-in-force", ProblemText.of("kind-not-in-force")
                    .with("field", field)
                    .with("kind", kind).with("date", date).with("day", date.toString())
                    .with("rule", version.citeText()));
        }
    }

    /** Refuses a party organization of {@code kind} under a parent of {@code parentKind} on the day. */
    public void requireAllowedUnder(String field, String kind, String parentKind, LocalDate date) {
        requireInForce(field, kind, date);
        if (parentKind == null || !governed(kind)) {
            return;
        }
        OrgRule version = rules.require(OrgRules.UNIT_KINDS, date);
        List<String> parents = new ArrayList<>();
        version.values().path("kinds").path(kind).forEach(p -> parents.add(p.asText()));
        if (!parents.contains(parentKind)) {
            throw new ProblemException(422, "parent-kind-not-allowed", ProblemText.of("parent-kind-not-allowed")
                    .with("field", field).with("kind", kind).with("parentKind", parentKind).with("date", date)
                    .with("rule", version.citeText()).with("parents", parents.isEmpty()
                            ? ProblemText.of("parent-kind-not-allowed.top") : String.join(", ", parents)));
        }
    }

    /** Whether the rule decides on this kind at all (see the class comment). */
    public boolean governed(String kind) {
        OrgUnitKind found = OrgUnitKind.findById(kind);
        return found != null && PARTY.equals(found.category) && rules.anyVersionNames(OrgRules.UNIT_KINDS, "kinds", kind);
    }

    private static List<KindInForce> kinds(OrgRule version) {
        List<KindInForce> kinds = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = version.values().path("kinds").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            List<String> parents = new ArrayList<>();
            entry.getValue().forEach(p -> parents.add(p.asText()));
            kinds.add(new KindInForce(entry.getKey(), parents));
        }
        return kinds;
    }
}
