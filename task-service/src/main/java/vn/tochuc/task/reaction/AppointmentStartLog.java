package vn.tochuc.task.reaction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.tochuc.platform.event.EventData;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;

/** Keeps the appointments cadre-service started, before the reactions to the same event run. */
@ApplicationScoped
public class AppointmentStartLog implements EventHandler {

    /** Before {@link VacancyReaction} and {@link RearrangementReaction}. */
    static final int ORDER = 20;

    private final EventData data;

    AppointmentStartLog(EventData data) {
        this.data = data;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CadreEvents.APPOINTMENT_STARTED);
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void handle(EventEnvelope event) {
        AppointmentStart.record(read(data, event), event.id());
    }

    static CadreEvents.AppointmentStarted read(EventData data, EventEnvelope event) {
        CadreEvents.AppointmentStarted started = data.read(event, CadreEvents.AppointmentStarted.class);
        EventData.require(event, "appointmentId, personId, positionId, orgUnitId, kind, startDate",
                started.appointmentId(), started.personId(), started.positionId(), started.orgUnitId(),
                started.kind(), started.startDate());
        return started;
    }
}
