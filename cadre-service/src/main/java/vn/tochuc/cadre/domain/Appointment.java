package vn.tochuc.cadre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A person holding a seat of an org-service position (bổ nhiệm); ended, never deleted. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    /** org-service's position id (GET /api/v1/positions/{id}). */
    @Column(name = "position_id", nullable = false)
    public UUID positionId;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentKind kind;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    /** JSON {@link Decision}, or null. */
    @ColumnTransformer(write = "?::jsonb")
    public String decision;

    /** The first day the seat is no longer held; null while it is held. */
    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public AppointmentEndReason endReason;

    /** JSON {@link Decision} of the ending, or null. */
    @Column(name = "end_decision")
    @ColumnTransformer(write = "?::jsonb")
    public String endDecision;

    /** Set when the unit ceased in a restructuring: the person awaits re-arrangement (chờ bố trí lại). */
    @Column(name = "flagged_at")
    public OffsetDateTime flaggedAt;

    @Column(name = "flag_reason")
    public String flagReason;

    /** JSON array of the ceased unit's successor ids, to help place the person. */
    @Column(name = "successor_unit_ids")
    @ColumnTransformer(write = "?::jsonb")
    public String successorUnitIds;

    /** The appointment that placed the person again after the flag; the flag is cleared by it. */
    @Column(name = "rearranged_by")
    public UUID rearrangedBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isOpen() {
        return endDate == null;
    }

    /** Appointments still held (not ended) by a person, oldest first. */
    public static List<Appointment> openOf(UUID personId) {
        return list("personId = ?1 and endDate is null order by startDate, id", personId);
    }

    /** Appointments a person held on a day (started, not ended before it): the posts held that day. */
    public static List<Appointment> heldOn(UUID personId, LocalDate day) {
        return list("personId = ?1 and startDate <= ?2 and (endDate is null or endDate >= ?2) order by startDate, id",
                personId, day);
    }

    /** The person's appointments flagged by a restructuring and not yet followed by a new appointment. */
    public static List<Appointment> awaitingRearrangement(UUID personId) {
        return list("personId = ?1 and flaggedAt is not null and rearrangedBy is null", personId);
    }

    /** Appointments still held in a unit, oldest first. */
    public static List<Appointment> openIn(UUID orgUnitId) {
        return list("orgUnitId = ?1 and endDate is null order by startDate, id", orgUnitId);
    }
}
