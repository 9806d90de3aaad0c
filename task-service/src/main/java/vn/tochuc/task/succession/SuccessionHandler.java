package vn.tochuc.task.succession;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.tochuc.platform.event.EventData;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;
import vn.tochuc.platform.event.UnprocessableEventException;

/**
 * A unit ceased in org-service (merged, consolidated, split, dissolved): what it owned in task-service passes on
 * ({@link Succession}). Runs in the inbox transaction after the org read model (order 0, which parks the event when
 * it does not know the unit) and the reactions (20 and up), so a redelivered event changes nothing and a failure
 * rolls the whole event back.
 */
@ApplicationScoped
public class SuccessionHandler implements EventHandler {

    /** Between the reactions (20..) and the congress record (50); no other handler of these types uses it. */
    static final int ORDER = 40;

    private final EventData eventData;
    private final Succession succession;

    SuccessionHandler(EventData eventData, Succession succession) {
        this.eventData = eventData;
        this.succession = succession;
    }

    @Override
    public Set<String> eventTypes() {
        return UnitCeased.TYPES;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void handle(EventEnvelope event) {
        succession.apply(read(event), event.id());
    }

    private UnitCeased read(EventEnvelope event) {
        UnitCeased.Data data = eventData.read(event, UnitCeased.Data.class);
        if (data.unitId() == null || data.effectiveDate() == null || data.successorIds() == null
                || data.successorIds().contains(null)) {
            throw new UnprocessableEventException("Event " + event.id() + " lacks unitId, effectiveDate or "
                    + "successorIds, which task-service needs to pass the unit's tasks, targets, reports and "
                    + "congress plans on");
        }
        String change = event.type().substring(UnitCeased.PREFIX.length(), event.type().length() - ".v1".length());
        boolean dissolved = "dissolved".equals(change);
        if (dissolved != data.successorIds().isEmpty() || data.successorIds().contains(data.unitId())) {
            throw new UnprocessableEventException("Event " + event.id() + " (" + event.type() + ") has successors "
                    + data.successorIds() + "; merged, consolidated and split name at least one other unit, "
                    + "dissolved none");
        }
        return new UnitCeased(data.unitId(), data.code(), data.effectiveDate(), data.successorIds(), change);
    }
}
