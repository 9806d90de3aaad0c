package vn.tochuc.platform.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event waiting in (or already relayed from) the transactional outbox. Rows are kept after sending; a row
 * Kafka keeps refusing is parked, out of the stream, with its reason.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    private static final int MAX_ERROR_LENGTH = 2000;

    /** Insertion order; the relay sends in this order, which keeps each key's events in order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    /** Every time the row was handed to Kafka, whatever came of it. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** Times Kafka refused this row for a reason of its own (not a broker outage): what parking counts. */
    @Column(nullable = false)
    public int refusals;

    /** After a refusal the row, and the rows of its key behind it, wait until then. */
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "parked_at")
    public OffsetDateTime parkedAt;

    /** Parked rows after {@code afterSeq}, oldest first: what an operator has to look at. */
    public static List<OutboxEvent> parked(long afterSeq, int limit) {
        return OutboxEvent.<OutboxEvent>find("parkedAt is not null and sentAt is null and seq > ?1 order by seq",
                afterSeq).page(0, limit).list();
    }

    boolean isDue(OffsetDateTime now) {
        return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }

    /**
     * Marks the rows Kafka acknowledged as sent, in one statement: the relay's rows are otherwise untouched, so none
     * of them is also written by the flush.
     */
    static void acknowledged(List<Long> seqs, OffsetDateTime now) {
        if (!seqs.isEmpty()) {
            update("attempts = attempts + 1, sentAt = ?1, lastError = null, nextAttemptAt = null where seq in ?2",
                    now, seqs);
        }
    }

    /** Not delivered for a reason that is not the row's own (broker away): retried with the whole relay. */
    void notDelivered(String reason) {
        attempts++;
        lastError = truncate(reason);
    }

    /**
     * Refused by Kafka for a reason of its own: retried after a growing pause, parked once refused
     * {@code maxRefusals} times.
     *
     * @return true when this refusal parked the row
     */
    boolean refused(String reason, int maxRefusals, OffsetDateTime now, Duration retryAfter) {
        attempts++;
        refusals++;
        lastError = truncate(reason);
        if (refusals >= maxRefusals) {
            parkedAt = now;
            nextAttemptAt = null;
            return true;
        }
        nextAttemptAt = now.plus(retryAfter);
        return false;
    }

    private static String truncate(String message) {
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH);
    }
}
