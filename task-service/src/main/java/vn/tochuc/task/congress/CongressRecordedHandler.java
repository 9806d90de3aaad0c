package vn.tochuc.task.congress;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.event.EventData;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;
import vn.tochuc.platform.event.UnprocessableEventException;
import vn.tochuc.platform.orgscope.OrgUnitView;

/**
 * Marks a unit's congress held when org-service records it ({@code vn.tochuc.org.unit.congress-recorded.v1} on
 * tochuc.org.unit), opening the unit's plan if it has none. The inbox makes a redelivery a no-op; a correction
 * (same unit and term, another date or ordinal) overwrites the record.
 */
@ApplicationScoped
public class CongressRecordedHandler implements EventHandler {

    static final String TYPE = "vn.tochuc.org.unit.congress-recorded.v1";

    /** This consumer's reading of the event (contract: docs/events/asyncapi.yaml); unknown fields are ignored. */
    record CongressRecorded(UUID unitId, String termCode, Integer congressOrdinal, LocalDate congressDate) {
    }

    private final EventData eventData;
    private final CongressPlans plans;

    CongressRecordedHandler(EventData eventData, CongressPlans plans) {
        this.eventData = eventData;
        this.plans = plans;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(TYPE);
    }

    /** After the org read model (order 0), should it ever take this type, so the unit is as the event left it. */
    @Override
    public int order() {
        return 50;
    }

    @Override
    public void handle(EventEnvelope event) {
        CongressRecorded recorded = read(event);
        if (OrgUnitView.findById(recorded.unitId()) == null) {
            // Its created event was parked or is still to come: park this one too, to replay once the unit is known.
            throw new UnprocessableEventException("Org unit " + recorded.unitId() + " is not known here yet; event "
                    + event.id() + " records its congress");
        }
        plans.recordHeld(recorded.unitId(), recorded.termCode(), recorded.congressDate(),
                recorded.congressOrdinal());
    }

    private CongressRecorded read(EventEnvelope event) {
        CongressRecorded recorded = eventData.read(event, CongressRecorded.class);
        if (recorded.unitId() == null || recorded.termCode() == null
                || !recorded.termCode().matches("^[0-9]{4}-[0-9]{4}$") || recorded.congressOrdinal() == null
                || recorded.congressOrdinal() < 1 || recorded.congressOrdinal() > 200) {
            throw new UnprocessableEventException("Event " + event.id() + " lacks unitId, a termCode written "
                    + "YYYY-YYYY or a congressOrdinal from 1 to 200");
        }
        return recorded;
    }
}
