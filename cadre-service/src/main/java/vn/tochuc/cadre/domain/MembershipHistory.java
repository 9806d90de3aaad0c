package vn.tochuc.cadre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One step of a membership (admitted, recognised, transferred, activity changed, left): who, when, what. */
@Entity
@Table(name = "party_membership_history")
public class MembershipHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "membership_id", nullable = false)
    public UUID membershipId;

    /** ADMITTED, RECOGNISED, TRANSFERRED, ACTIVITY_CHANGED or LEFT. */
    @Column(nullable = false)
    public String step;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    /** JSON: the request of the step (cells, reasons, decision). */
    @Column(nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String details;

    @Column(nullable = false)
    public String actor;

    @Column(name = "request_id")
    public String requestId;

    @Column(nullable = false)
    public OffsetDateTime at;

    public static List<MembershipHistory> of(UUID membershipId) {
        return list("membershipId = ?1 order by id", membershipId);
    }
}
