package vn.tochuc.platform.event;

import java.util.Set;

/**
 * Applies one type of integration event to this service's own data. Implementations are CDI beans; the consumer
 * calls {@link #handle} inside the transaction that also records the event in the inbox, so the effect happens
 * exactly once even when Kafka delivers the event again. Several handlers may take one type (a shared read model
 * and a service's own reaction): they run one after the other, by {@link #order()}, in that one transaction, so
 * either all their effects are committed or none.
 */
public interface EventHandler {

    /** The versioned CloudEvents types this handler applies, e.g. {@code vn.tochuc.org.unit.created.v1}. */
    Set<String> eventTypes();

    /**
     * Applies the event. Throw {@link UnprocessableEventException} for an event that can never be applied (it goes
     * to the dead-letter topic). A failure that is not the event's fault (database away, a lock or serialization
     * conflict) is retried until it goes through; any other exception is retried a few times, then dead-lettered.
     */
    void handle(EventEnvelope event);

    /**
     * Where this handler runs among the handlers of the same type: lower first. Read models keep the default 0, so a
     * reaction with a higher order sees them as they are after the event. Two handlers of one type may not share an
     * order, so the sequence never depends on bean discovery.
     */
    default int order() {
        return 0;
    }
}
