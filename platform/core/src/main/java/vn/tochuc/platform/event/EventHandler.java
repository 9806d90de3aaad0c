package vn.tochuc.platform.event;

import java.util.Set;

/**
 * Applies one type of integration event to this service's own data. Implementations are CDI beans; the consumer
 * calls {@link #handle} inside the transaction that also records the event in the inbox, so the effect happens
 * exactly once even when Kafka delivers the event again.
 */
public interface EventHandler {

    /** The versioned CloudEvents types this handler applies, e.g. {@code vn.tochuc.org.unit.created.v1}. */
    Set<String> eventTypes();

    /**
     * Applies the event. Throw {@link UnprocessableEventException} for an event that can never be applied (it goes
     * to the dead-letter topic); any other exception is retried a few times before it is dead-lettered too.
     */
    void handle(EventEnvelope event);
}
