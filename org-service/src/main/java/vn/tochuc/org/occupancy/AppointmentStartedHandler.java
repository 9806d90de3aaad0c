package vn.tochuc.org.occupancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import vn.tochuc.org.domain.Position;
import vn.tochuc.org.domain.PositionOccupancy;
import vn.tochuc.org.event.AppointmentEvents;
import vn.tochuc.org.event.AppointmentEvents.StartedV1;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;
import vn.tochuc.platform.event.UnprocessableEventException;
import vn.tochuc.platform.text.VietnameseText;

/** A person now holds a seat of one of our positions: record it for the vacancy report. */
@ApplicationScoped
public class AppointmentStartedHandler implements EventHandler {

    private final AppointmentEventReader reader;

    AppointmentStartedHandler(AppointmentEventReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(AppointmentEvents.STARTED_V1);
    }

    @Override
    public void handle(EventEnvelope event) {
        StartedV1 started = reader.read(event, StartedV1.class);
        AppointmentEventReader.require(event, started.appointmentId(), "appointmentId");
        AppointmentEventReader.require(event, started.personId(), "personId");
        AppointmentEventReader.require(event, started.positionId(), "positionId");
        AppointmentEventReader.require(event, started.orgUnitId(), "orgUnitId");
        AppointmentEventReader.require(event, started.kind(), "kind");
        AppointmentEventReader.require(event, started.startDate(), "startDate");
        Position position = Position.findById(started.positionId());
        if (position == null) {
            throw new UnprocessableEventException("Event " + event.id() + ": position " + started.positionId()
                    + " is not an org-service position; cadre-service must name one of GET /api/v1/positions");
        }
        if (!position.orgUnitId.equals(started.orgUnitId())) {
            throw new UnprocessableEventException("Event " + event.id() + ": position " + position.id
                    + " belongs to unit " + position.orgUnitId + ", not to " + started.orgUnitId());
        }
        // An insert, not an upsert: a second start of one appointment contradicts the stream and must be seen.
        if (PositionOccupancy.findById(started.appointmentId()) != null) {
            throw new UnprocessableEventException("Event " + event.id() + ": appointment " + started.appointmentId()
                    + " was already started by an earlier event");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PositionOccupancy seat = new PositionOccupancy();
        seat.appointmentId = started.appointmentId();
        seat.positionId = position.id;
        seat.orgUnitId = position.orgUnitId;
        seat.personId = started.personId();
        seat.personName = VietnameseText.nfc(started.personName());
        seat.kind = started.kind();
        seat.startDate = started.startDate();
        seat.plannedEndDate = started.plannedEndDate();
        if (started.decision() != null) {
            seat.decisionNumber = started.decision().number();
            seat.decisionDate = started.decision().date();
            seat.decisionIssuer = started.decision().issuer();
        }
        seat.createdAt = now;
        seat.updatedAt = now;
        seat.persist();
    }
}
