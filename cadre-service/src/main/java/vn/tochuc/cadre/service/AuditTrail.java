package vn.tochuc.cadre.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.TreeSet;
import java.util.UUID;
import vn.tochuc.cadre.domain.PersonAudit;

/** Writes the audit row of a change in the change's own transaction: no change without its record. */
@ApplicationScoped
public class AuditTrail {

    private final ObjectMapper json;

    AuditTrail(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Records the fields that differ between two states of a record ({@code before} null for a creation).
     *
     * @return false when nothing changed, so nothing was recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(UUID personId, String action, Caller caller, Object before, Object after) {
        ObjectNode changes = diff(before == null ? json.createObjectNode() : json.valueToTree(before),
                json.valueToTree(after));
        if (changes.isEmpty()) {
            return false;
        }
        PersonAudit row = new PersonAudit();
        row.personId = personId;
        row.action = action;
        row.actor = caller.actor();
        row.requestId = caller.requestId();
        row.at = OffsetDateTime.now(ZoneOffset.UTC);
        row.changes = changes.toString();
        row.persist();
        return true;
    }

    private ObjectNode diff(JsonNode before, JsonNode after) {
        TreeSet<String> fields = new TreeSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        ObjectNode changes = json.createObjectNode();
        for (Iterator<String> it = fields.iterator(); it.hasNext(); ) {
            String field = it.next();
            JsonNode from = before.path(field).isMissingNode() ? NullNode.getInstance() : before.get(field);
            JsonNode to = after.path(field).isMissingNode() ? NullNode.getInstance() : after.get(field);
            if (!from.equals(to)) {
                changes.putObject(field).<ObjectNode>set("from", from).set("to", to);
            }
        }
        return changes;
    }
}
