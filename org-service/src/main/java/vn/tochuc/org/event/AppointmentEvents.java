package vn.tochuc.org.event;

import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.org.domain.Decision;

/** The appointment events of cadre-service that org-service consumes (catalog: docs/events/asyncapi.yaml). */
public final class AppointmentEvents {

    public static final String TOPIC = "tochuc.cadre.appointment";
    public static final String STARTED_V1 = "vn.tochuc.cadre.appointment.started.v1";
    public static final String ENDED_V1 = "vn.tochuc.cadre.appointment.ended.v1";

    private AppointmentEvents() {
    }

    public record StartedV1(UUID appointmentId, UUID personId, String personName, UUID positionId, UUID orgUnitId,
            String kind, LocalDate startDate, LocalDate plannedEndDate, Decision decision) {
    }

    public record EndedV1(UUID appointmentId, UUID personId, UUID positionId, UUID orgUnitId, LocalDate endDate,
            String reason, Decision decision) {
    }
}
