package vn.tochuc.platform.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The idempotent-consumer record: an event id is stored in the same transaction as the event's effect, so a
 * redelivered event finds its id and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * Runs every handler of the event, in order, in one transaction with the inbox row: a failure of any of them
     * rolls back all their effects, so a retried or replayed event finds nothing half applied.
     *
     * @return true when the handlers ran, false when the event had already been applied
     */
    public boolean applyOnce(EventEnvelope event, List<EventHandler> handlers) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int recorded = em.createNativeQuery("insert into inbox_event (event_id, source, event_type, subject) "
                            + "values (?1, ?2, ?3, ?4) on conflict (event_id, source) do nothing")
                    .setParameter(1, event.id())
                    .setParameter(2, event.source())
                    .setParameter(3, event.type())
                    .setParameter(4, event.subject())
                    .executeUpdate();
            if (recorded == 0) {
                return false;
            }
            for (EventHandler handler : handlers) {
                handler.handle(event);
                em.flush();
            }
            return true;
        });
    }
}
