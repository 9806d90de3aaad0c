package vn.tochuc.task.reaction;

import java.time.LocalDate;
import java.util.UUID;

/**
 * task-service's reading of the cadre-service events it reacts to (contract: docs/events/asyncapi.yaml, channels
 * appointment, discipline and member). Only the fields the reactions use; enumerated values are read as text, so a
 * value cadre-service adds later is not a reason to dead-letter an event.
 */
final class CadreEvents {

    static final String APPOINTMENT_TOPIC = "tochuc.cadre.appointment";
    static final String DISCIPLINE_TOPIC = "tochuc.cadre.discipline";
    static final String MEMBER_TOPIC = "tochuc.cadre.member";

    static final String APPOINTMENT_STARTED = "vn.tochuc.cadre.appointment.started.v1";
    static final String APPOINTMENT_ENDED = "vn.tochuc.cadre.appointment.ended.v1";
    static final String DISCIPLINE_DECIDED = "vn.tochuc.cadre.discipline.decided.v1";
    static final String MEMBER_ADMITTED = "vn.tochuc.cadre.member.admitted.v1";
    static final String MEMBER_RECOGNISED = "vn.tochuc.cadre.member.recognised.v1";
    static final String MEMBER_LEFT = "vn.tochuc.cadre.member.left.v1";

    /** The appointment kind of a re-arrangement (bố trí lại) after a discipline or a restructuring. */
    static final String REARRANGED = "REARRANGED";
    /** The end reason of an appointment whose unit ceased. */
    static final String UNIT_RESTRUCTURED = "UNIT_RESTRUCTURED";
    /** The discipline form (cách chức) that takes a person off their post. */
    static final String REMOVAL_FROM_POST = "REMOVAL_FROM_POST";
    static final String PROBATIONARY = "PROBATIONARY";

    private CadreEvents() {
    }

    /** The person's name as the event gives it, for a task's text; a generic word when it gives none. */
    static String nameOr(String personName) {
        return personName == null || personName.isBlank() ? "cán bộ" : personName;
    }

    record Decision(String number, LocalDate date, String issuer) {

        static String describe(Decision decision) {
            return decision == null || decision.number() == null ? "" : " (quyết định " + decision.number()
                    + (decision.date() == null ? "" : " ngày " + decision.date()) + ")";
        }
    }

    record AppointmentStarted(UUID appointmentId, UUID personId, String personName, UUID positionId, UUID orgUnitId,
            String kind, LocalDate startDate, Decision decision) {
    }

    /** {@code endDate} is the first day the seat is no longer held. */
    record AppointmentEnded(UUID appointmentId, UUID personId, UUID positionId, UUID orgUnitId, LocalDate endDate,
            String reason, Decision decision) {
    }

    record DisciplineDecided(UUID disciplineId, UUID personId, String personName, String form, UUID orgUnitId,
            LocalDate effectiveDate, Decision decision) {
    }

    /** Every member event has this shape; {@code current} is the membership after the step. */
    record MemberChanged(UUID membershipId, UUID personId, String personName, LocalDate effectiveDate,
            Decision decision, Membership current, String leaveReason) {
    }

    record Membership(String stage, UUID cellId, LocalDate admittedOn, LocalDate fullMembershipDueOn) {
    }
}
