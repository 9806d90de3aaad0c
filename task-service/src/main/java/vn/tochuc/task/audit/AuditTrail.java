package vn.tochuc.task.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.tochuc.task.access.Actor;

/** Records every change of task-service's records, in the transaction of the change, with who made it. */
@ApplicationScoped
public class AuditTrail {

    /** The actor of changes the service makes itself (schedules, reactions to other services' events). */
    public static final Actor SYSTEM = new Actor("system:task-service", null);

    private final ObjectMapper mapper;

    AuditTrail(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param detail what changed, as the event or answer describing it (written as JSON); may be null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, UUID entityId, String action, Actor actor, Object detail) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.actor = actor.subject();
        entry.requestId = actor.requestId();
        entry.at = OffsetDateTime.now(ZoneOffset.UTC);
        entry.detail = json(detail);
        entry.persist();
    }

    private String json(Object detail) {
        if (detail == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail cannot be written as JSON", e);
        }
    }
}
