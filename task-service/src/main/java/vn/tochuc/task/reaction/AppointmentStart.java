package vn.tochuc.task.reaction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * An appointment cadre-service started. The reactions look here before opening a task, because the event that
 * settles a task (the seat's next start, the re-arrangement) may be read before the one that calls for it: they come
 * on other partitions or topics.
 */
@Entity
@Table(name = "reaction_appointment_start")
public class AppointmentStart extends PanacheEntityBase {

    @Id
    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "position_id", nullable = false)
    public UUID positionId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    static void record(CadreEvents.AppointmentStarted started, String eventId) {
        AppointmentStart row = AppointmentStart.<AppointmentStart>findByIdOptional(started.appointmentId())
                .orElseGet(AppointmentStart::new);
        boolean isNew = row.appointmentId == null;
        row.appointmentId = started.appointmentId();
        row.personId = started.personId();
        row.positionId = started.positionId();
        row.kind = started.kind();
        row.startDate = started.startDate();
        row.eventId = eventId;
        row.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (isNew) {
            row.persist();
        }
    }

    /** Whether another appointment to the position started on or after {@code day}: the seat was filled again. */
    static boolean positionFilledSince(UUID positionId, UUID endedAppointmentId, LocalDate day) {
        return count("positionId = ?1 and appointmentId <> ?2 and startDate >= ?3", positionId, endedAppointmentId,
                day) > 0;
    }

    /** Whether the person was re-arranged (kind REARRANGED) on or after {@code day}. */
    static boolean rearrangedSince(UUID personId, LocalDate day) {
        return count("personId = ?1 and kind = ?2 and startDate >= ?3", personId, CadreEvents.REARRANGED, day) > 0;
    }
}
