package vn.tochuc.platform.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Decides the fate of one consumed record: applied once, skipped as a duplicate, retried while the database is
 * unreachable, or dead-lettered with the reason when it cannot be applied.
 */
@ApplicationScoped
public class RecordProcessor {

    private static final Logger LOG = Logger.getLogger(RecordProcessor.class);

    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final int maxAttempts;

    RecordProcessor(Inbox inbox, DeadLetters deadLetters,
            @ConfigProperty(name = "tochuc.consumer.max-attempts", defaultValue = "3") int maxAttempts) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.maxAttempts = maxAttempts;
    }

    void process(ConsumerRecord<String, String> record, Map<String, List<EventHandler>> handlers, ObjectMapper mapper) {
        EventEnvelope event;
        try {
            event = mapper.readValue(record.value(), EventEnvelope.class).validate();
        } catch (Exception e) {
            deadLetters.park(record, "Not a CloudEvents 1.0 JSON event: " + e.getMessage());
            return;
        }
        List<EventHandler> typeHandlers = handlers.getOrDefault(event.type(), List.of());
        if (typeHandlers.isEmpty()) {
            // Other services' consumers of the same topic may need this type; ignoring it is forward compatible.
            LOG.debugf("No handler for %s; skipped event %s", event.type(), event.id());
            return;
        }
        int attempt = 0;
        while (true) {
            try {
                boolean applied = inbox.applyOnce(event, typeHandlers);
                LOG.debugf("%s %s %s", applied ? "Applied" : "Skipped duplicate", event.type(), event.id());
                return;
            } catch (UnprocessableEventException e) {
                deadLetters.park(record, e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (isDatabaseUnavailable(e)) {
                    // Not the event's fault: wait for the database rather than dead-letter good events.
                    LOG.warnf("Database unavailable while applying %s; retrying", event.id());
                    EventConsumer.pause(Duration.ofSeconds(2));
                    continue;
                }
                if (++attempt >= maxAttempts) {
                    deadLetters.park(record, "Failed " + attempt + " times: " + Failures.rootMessage(e));
                    return;
                }
                EventConsumer.pause(Duration.ofMillis(200L * attempt));
            }
        }
    }

    private static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

}
