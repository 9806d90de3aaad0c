package vn.tochuc.task.reaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.event.EventData;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;

/** Gives the tasks that waited for a unit once org-service's created event brings it into the read model. */
@ApplicationScoped
public class UnitArrival implements EventHandler {

    static final String CREATED = "vn.tochuc.org.unit.created.v1";

    record UnitCreated(UUID unitId) {
    }

    private final EventData data;
    private final ReactionTasks tasks;

    UnitArrival(EventData data, ReactionTasks tasks) {
        this.data = data;
        this.tasks = tasks;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CREATED);
    }

    /** After the org read model (0) has added the unit. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public void handle(EventEnvelope event) {
        UnitCreated created = data.read(event, UnitCreated.class);
        EventData.require(event, "unitId", created.unitId());
        tasks.giveWaitingFor(created.unitId(), event);
    }
}
