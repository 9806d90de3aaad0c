package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One person holding one seat of a position, as cadre-service's appointment events told it. cadre-service owns
 * appointments; this is org-service's read model of them, keyed by cadre-service's appointment id.
 */
@Entity
@Table(name = "position_occupancy")
public class PositionOccupancy extends PanacheEntityBase {

    @Id
    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "position_id", nullable = false)
    public UUID positionId;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "person_name")
    public String personName;

    /** APPOINTED, ELECTED, ROTATED_IN, SECONDED_IN or REARRANGED. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    /** The first day the seat is no longer held; null while it is. */
    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decision_issuer")
    public String decisionIssuer;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
