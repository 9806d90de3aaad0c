package vn.tochuc.cadre.event;

import java.time.LocalDate;
import java.util.UUID;
import vn.tochuc.cadre.domain.AppointmentEndReason;
import vn.tochuc.cadre.domain.AppointmentKind;
import vn.tochuc.cadre.domain.Decision;

/**
 * The appointment event contracts (catalog: docs/events/asyncapi.yaml, channel appointment). org-service already
 * consumes started/ended for its vacancy report, so their data fields are exactly the catalog's, no more.
 */
public final class AppointmentEvents {

    /** Key = appointment id, so one appointment's start and end stay in order. */
    public static final String TOPIC = "tochuc.cadre.appointment";
    private static final String PREFIX = "vn.tochuc.cadre.appointment.";

    public static final String STARTED_V1 = PREFIX + "started.v1";
    public static final String ENDED_V1 = PREFIX + "ended.v1";

    private AppointmentEvents() {
    }

    public record StartedV1(UUID appointmentId, UUID personId, String personName, UUID positionId, UUID orgUnitId,
            AppointmentKind kind, LocalDate startDate, LocalDate plannedEndDate, Decision decision) {
    }

    /** {@code endDate} is the first day the seat is no longer held. */
    public record EndedV1(UUID appointmentId, UUID personId, UUID positionId, UUID orgUnitId, LocalDate endDate,
            AppointmentEndReason reason, Decision decision) {
    }
}
