package vn.tochuc.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes integration events into the outbox table, inside the caller's business transaction, so an event exists
 * if and only if the change it describes was committed. {@link OutboxRelay} sends them later.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;

    Outbox(ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
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
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source,
                type, aggregateId, OffsetDateTime.now(ZoneOffset.UTC), EventEnvelope.JSON, mapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(envelope.id());
        row.topic = topic;
        row.messageKey = aggregateId;
        row.eventType = type;
        row.payload = toJson(envelope);
        row.createdAt = envelope.time();
        row.persist();
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
        return envelope;
    }

    private String toJson(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data of type " + envelope.type() + " cannot be written as JSON", e);
        }
    }
}
