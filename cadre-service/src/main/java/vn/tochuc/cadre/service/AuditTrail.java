package vn.tochuc.cadre.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import vn.tochuc.cadre.domain.PersonAudit;
import vn.tochuc.platform.persistence.CopyIn;

/** Writes the audit row of a change in the change's own transaction: no change without its record. */
@ApplicationScoped
public class AuditTrail {

    private final ObjectMapper json;
    private final EntityManager em;

    AuditTrail(ObjectMapper json, EntityManager em) {
        this.json = json;
        this.em = em;
    }

    /**
     * Records the fields that differ between two states of a record ({@code before} null for a creation).
     *
     * @return false when nothing changed, so nothing was recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(UUID personId, String action, Caller caller, Object before, Object after) {
        String changes = changes(before, after);
        if (changes == null) {
            return false;
        }
        PersonAudit row = new PersonAudit();
        row.personId = personId;
        row.action = action;
        row.actor = caller.actor();
        row.requestId = caller.requestId();
        row.at = OffsetDateTime.now(ZoneOffset.UTC);
        row.changes = changes;
        row.persist();
        return true;
    }

    /**
     * The CREATED rows of persons written in this transaction, with one COPY: the rows {@link #record} would
     * write one insert each (the audit row's identity key defeats Hibernate's batching). The persons must be
     * flushed first, for the rows' foreign key.
     *
     * @param created each person's id and its state as a request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCreations(Map<UUID, ?> created, Caller caller) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        CopyIn rows = CopyIn.into("person_audit", "person_id", "action", "actor", "request_id", "at", "changes");
        for (Map.Entry<UUID, ?> person : created.entrySet()) {
            rows.row(person.getKey(), "CREATED", caller.actor(), caller.requestId(), at, created(person.getValue()));
        }
        rows.write(em);
    }

    /**
     * A creation's changes without a diff: every field with a value, from null, in field order, as
     * {@link #changes} gives them against nothing (ImportedPersonTest compares the two).
     */
    private String created(Object after) {
        ObjectNode state = json.valueToTree(after);
        TreeSet<String> fields = new TreeSet<>();
        state.fieldNames().forEachRemaining(fields::add);
        ObjectNode changes = json.createObjectNode();
        for (String field : fields) {
            JsonNode to = state.get(field);
            if (!to.isNull()) {
                changes.putObject(field).putNull("from").set("to", to);
            }
        }
        return changes.toString();
    }

    /** The fields that differ, as the audit row's JSON, or null when nothing changed. */
    private String changes(Object before, Object after) {
        ObjectNode changes = diff(before == null ? json.createObjectNode() : json.valueToTree(before),
                json.valueToTree(after));
        return changes.isEmpty() ? null : changes.toString();
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
