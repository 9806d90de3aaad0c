package vn.tochuc.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Decides the fate of one consumed record: applied once, skipped as a duplicate, retried without limit while the
 * failure is not the event's fault ({@link Failures#isTransient}), or dead-lettered with the reason when the event
 * cannot be applied (not from the owner of its type and topic ({@link EventOwnership}), unprocessable, not a
 * CloudEvent, or failing the same way {@code tochuc.consumer.max-attempts}
 * times).
 */
@ApplicationScoped
public class RecordProcessor {

    private static final Logger LOG = Logger.getLogger(RecordProcessor.class);

    private static final Duration MAX_TRANSIENT_BACKOFF = Duration.ofSeconds(5);

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final int maxAttempts;

    RecordProcessor(Inbox inbox, DeadLetters deadLetters,
            @ConfigProperty(name = "tochuc.consumer.max-attempts", defaultValue = "3") int maxAttempts) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.maxAttempts = maxAttempts;
    }

    /**
     * @param pause how to wait between attempts: the consumer keeps its group membership meanwhile, and answers
     *     false when the record must be left for a later delivery (shutting down, its partition revoked)
     * @return {@link Outcome#LEFT} when the record was neither applied nor dead-lettered and its offset must not
     *     be committed
     */
    Outcome process(ConsumerRecord<String, String> record, Map<String, List<EventHandler>> handlers,
            ObjectMapper mapper, Pause pause) {
        EventEnvelope event;
        try {
            event = mapper.readValue(record.value(), EventEnvelope.class).validate();
        } catch (Exception e) {
            deadLetters.park(record, "Not a CloudEvents 1.0 JSON event: " + e.getMessage());
            return Outcome.DONE;
        }
        Optional<String> refusal = EventOwnership.refusal(record.topic(), event.source(), event.type());
        if (refusal.isPresent()) {
            // Anyone able to write to the topic could otherwise rewrite the read models the scope checks rely on.
            deadLetters.park(record, refusal.get());
            return Outcome.DONE;
        }
        List<EventHandler> typeHandlers = handlers.getOrDefault(event.type(), List.of());
        if (typeHandlers.isEmpty()) {
            // Other services' consumers of the same topic may need this type; ignoring it is forward compatible.
            LOG.debugf("No handler for %s; skipped event %s", event.type(), event.id());
            return Outcome.DONE;
        }
        int failures = 0;
        int transientFailures = 0;
        while (true) {
            RuntimeException failure;
            try {
                boolean applied = inbox.applyOnce(event, typeHandlers);
                if (transientFailures > 0) {
                    LOG.infof("Applied %s after waiting out %d transient failures", event.id(), transientFailures);
                }
                LOG.debugf("%s %s %s", applied ? "Applied" : "Skipped duplicate", event.type(), event.id());
                return Outcome.DONE;
            } catch (UnprocessableEventException e) {
                deadLetters.park(record, e.getMessage());
                return Outcome.DONE;
            } catch (RuntimeException e) {
                failure = e;
            }
            Duration wait;
            if (Failures.isTransient(failure)) {
                // Not the event's fault (database away, pool exhausted, a lock or serialization conflict): wait
                // for as long as it takes rather than dead-letter a good event.
                transientFailures++;
                wait = transientBackoff(transientFailures);
                if (transientFailures == 1 || transientFailures % 20 == 0) {
                    LOG.warnf("Cannot apply %s now (%d tries), retrying in %d ms: %s", event.id(), transientFailures,
                            wait.toMillis(), Failures.rootMessage(failure));
                }
            } else {
                if (!pause.await(Duration.ZERO)) {
                    // Failures while the service stops (beans and pool closing) say nothing about the event.
                    return Outcome.LEFT;
                }
                if (++failures >= maxAttempts) {
                    deadLetters.park(record, "Failed " + failures + " times: " + Failures.rootMessage(failure));
                    return Outcome.DONE;
                }
                wait = Duration.ofMillis(200L * failures);
            }
            if (!pause.await(wait)) {
                LOG.infof("Left %s-%d@%d for redelivery: consumer stopping or partition reassigned", record.topic(),
                        record.partition(), record.offset());
                return Outcome.LEFT;
            }
        }
    }

    /** 250 ms doubling up to 5 s: short enough to catch a database that is back, long enough not to flood its log. */
    static Duration transientBackoff(int failures) {
        long millis = 250L << Math.min(failures - 1, 5);
        return Duration.ofMillis(Math.min(millis, MAX_TRANSIENT_BACKOFF.toMillis()));
    }

    enum Outcome {
        /** Applied, skipped as a duplicate or of no interest, or dead-lettered: its offset may be committed. */
        DONE,
        /** Left for a later delivery: neither applied nor dead-lettered. */
        LEFT
    }

    /** How the consumer waits between attempts without leaving its consumer group. */
    @FunctionalInterface
    interface Pause {
        /** Waits about this long; false when the record must be left for a later delivery. */
        boolean await(Duration duration);
    }
}
