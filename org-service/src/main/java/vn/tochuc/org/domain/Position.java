package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A position (chức danh) in a unit: a title with a number of seats. Its seats and managing body over time are
 * {@link PositionVersion}s; the position itself only starts and ends.
 */
@Entity
@Table(name = "position")
public class Position extends PanacheEntityBase {

    public static final String ACTIVE = "ACTIVE";
    public static final String ENDED = "ENDED";

    @Id
    public UUID id;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(name = "title_code", nullable = false)
    public String titleCode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Exclusive: the first day the position no longer exists; null while open. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public String status;

    /** ENDED (by request) or UNIT_CEASED (its unit was merged, split or dissolved). */
    @Column(name = "end_reason")
    public String endReason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static List<Position> openIn(UUID orgUnitId) {
        return list("orgUnitId = ?1 and status = ?2", orgUnitId, ACTIVE);
    }

    public boolean coversDate(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }
}
