package vn.tochuc.platform.security.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.tochuc.platform.event.OutboxEvent;

/** A parked outbox event as an operator sees it: which event, where it was going, and why Kafka refused it. */
public record ParkedOutboxEventResponse(
        UUID eventId,
        String eventType,
        String topic,
        String messageKey,
        OffsetDateTime createdAt,
        OffsetDateTime parkedAt,
        int attempts,
        String lastError) {

    static ParkedOutboxEventResponse of(OutboxEvent row) {
        return new ParkedOutboxEventResponse(row.eventId, row.eventType, row.topic, row.messageKey, row.createdAt,
                row.parkedAt, row.attempts, row.lastError);
    }
}
