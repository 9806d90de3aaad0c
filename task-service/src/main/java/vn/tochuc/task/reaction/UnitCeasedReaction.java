package vn.tochuc.task.reaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.event.EventData;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;

/**
 * A unit that ceased in org-service (merged, consolidated, split, dissolved): keeps who took over from it, for the
 * reactions still to come about it (a vacancy task whose seat ended with the unit). Passing its open work on is the
 * succession feature's ({@code vn.tochuc.task.succession}), which runs after this handler.
 */
@ApplicationScoped
public class UnitCeasedReaction implements EventHandler {

    private static final String PREFIX = "vn.tochuc.org.unit.";
    private static final Set<String> TYPES = Set.of(PREFIX + "merged.v1", PREFIX + "consolidated.v1",
            PREFIX + "split.v1", PREFIX + "dissolved.v1");

    /** task-service's reading of org-service's change events (contract: docs/events/asyncapi.yaml). */
    record UnitCeased(UUID unitId, String code, LocalDate effectiveDate, List<UUID> successorIds) {
    }

    private final EventData data;

    UnitCeasedReaction(EventData data) {
        this.data = data;
    }

    @Override
    public Set<String> eventTypes() {
        return TYPES;
    }

    /** After the org read model (0), which parks the event when it does not know the unit. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public void handle(EventEnvelope event) {
        UnitCeased ceased = data.read(event, UnitCeased.class);
        EventData.require(event, "unitId, effectiveDate, successorIds", ceased.unitId(), ceased.effectiveDate(),
                ceased.successorIds());
        String change = event.type().substring(PREFIX.length(), event.type().length() - ".v1".length());
        UnitSuccessor.record(ceased.unitId(), ceased.successorIds(), change, ceased.effectiveDate(), event.id());
    }
}
