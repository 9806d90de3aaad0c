package vn.tochuc.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.platform.persistence.CopyIn;

/**
 * Writes integration events into the outbox table, inside the caller's business transaction, so an event exists
 * if and only if the change it describes was committed. {@link OutboxRelay} sends them later.
 */
@ApplicationScoped
public class Outbox {

    /** An event to record: about one aggregate of a topic's family, with its versioned type and payload. */
    public record Pending(String topic, String aggregateId, String type, Object data) {
    }

    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EntityManager em;
    private final String source;

    Outbox(ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay, EntityManager em,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
        this.em = em;
        this.source = "/tochuc/" + applicationName;
    }

    /**
     * Records an event about one aggregate.
     *
     * @param topic the topic of the aggregate family
     * @param aggregateId the aggregate id: Kafka key and CloudEvents subject
     * @param type the versioned event type, e.g. {@code vn.tochuc.org.unit.created.v1}
     * @param data the event payload, serialized as JSON
     * @return the envelope as it will be sent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String aggregateId, String type, Object data) {
        EventEnvelope envelope = envelope(aggregateId, type, data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(envelope.id());
        row.topic = topic;
        row.messageKey = aggregateId;
        row.eventType = type;
        row.payload = toJson(envelope);
        row.createdAt = envelope.time();
        row.persist();
        wakeRelayAfterCommit();
        return envelope;
    }

    /**
     * Records many events with one COPY: the same rows {@link #publish} writes, in the given order, for bulk
     * work where one insert per event would cost a round trip each (the entity's identity key defeats Hibernate's
     * batching).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> publishAll(List<Pending> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        em.flush(); // rows the events describe go first, as with publish
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        CopyIn rows = CopyIn.into("outbox_event", "id", "topic", "message_key", "event_type", "payload", "created_at");
        for (Pending e : events) {
            EventEnvelope envelope = envelope(e.aggregateId(), e.type(), e.data());
            envelopes.add(envelope);
            rows.row(envelope.id(), e.topic(), e.aggregateId(), e.type(), toJson(envelope), envelope.time());
        }
        rows.write(em); // on the transaction's connection: the events commit with the rows they describe, or not at all
        wakeRelayAfterCommit();
        return envelopes;
    }

    private EventEnvelope envelope(String aggregateId, String type, Object data) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source, type, aggregateId,
                OffsetDateTime.now(ZoneOffset.UTC), EventEnvelope.JSON, mapper.valueToTree(data));
    }

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private String toJson(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data of type " + envelope.type() + " cannot be written as JSON", e);
        }
    }
}
