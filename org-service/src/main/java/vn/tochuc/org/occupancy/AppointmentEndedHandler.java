package vn.tochuc.org.occupancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import vn.tochuc.org.domain.PositionOccupancy;
import vn.tochuc.org.event.AppointmentEvents;
import vn.tochuc.org.event.AppointmentEvents.EndedV1;
import vn.tochuc.platform.event.EventEnvelope;
import vn.tochuc.platform.event.EventHandler;
import vn.tochuc.platform.event.UnprocessableEventException;

/** The person no longer holds the seat from endDate: the seat is vacant again from that day unless refilled. */
@ApplicationScoped
public class AppointmentEndedHandler implements EventHandler {

    private final AppointmentEventReader reader;

    AppointmentEndedHandler(AppointmentEventReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(AppointmentEvents.ENDED_V1);
    }

    @Override
    public void handle(EventEnvelope event) {
        EndedV1 ended = reader.read(event, EndedV1.class);
        AppointmentEventReader.require(event, ended.appointmentId(), "appointmentId");
        AppointmentEventReader.require(event, ended.positionId(), "positionId");
        AppointmentEventReader.require(event, ended.endDate(), "endDate");
        AppointmentEventReader.require(event, ended.reason(), "reason");
        PositionOccupancy seat = PositionOccupancy.findById(ended.appointmentId());
        if (seat == null) {
            throw new UnprocessableEventException("Event " + event.id() + ": appointment " + ended.appointmentId()
                    + " was never started here (no started.v1 event applied), so it cannot end");
        }
        if (!seat.positionId.equals(ended.positionId())) {
            throw new UnprocessableEventException("Event " + event.id() + ": appointment " + ended.appointmentId()
                    + " holds position " + seat.positionId + ", not " + ended.positionId());
        }
        if (seat.endDate != null) {
            throw new UnprocessableEventException("Event " + event.id() + ": appointment " + ended.appointmentId()
                    + " already ended on " + seat.endDate);
        }
        if (ended.endDate().isBefore(seat.startDate)) {
            throw new UnprocessableEventException("Event " + event.id() + ": endDate " + ended.endDate()
                    + " is before the appointment's startDate " + seat.startDate);
        }
        seat.endDate = ended.endDate();
        seat.endReason = ended.reason();
        seat.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
