package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A staffing quota (biên chế) of a unit for a year and category, set by a decision. A later decision supersedes
 * it: this row is closed and kept, the new one is CURRENT.
 */
@Entity
@Table(name = "staffing_quota")
public class StaffingQuota extends PanacheEntityBase {

    public static final String CURRENT = "CURRENT";
    public static final String SUPERSEDED = "SUPERSEDED";

    @Id
    public UUID id;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(name = "quota_year", nullable = false)
    public int quotaYear;

    /** CIVIL_SERVANT (công chức), PUBLIC_EMPLOYEE (viên chức) or CONTRACT (hợp đồng lao động). */
    @Column(nullable = false)
    public String category;

    @Column(name = "quota_count", nullable = false)
    public int count;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public String status;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "decision_issuer", nullable = false)
    public String decisionIssuer;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Optional<StaffingQuota> current(UUID orgUnitId, int quotaYear, String category) {
        return find("orgUnitId = ?1 and quotaYear = ?2 and category = ?3 and status = ?4", orgUnitId, quotaYear, category,
                CURRENT).firstResultOptional();
    }

    public Decision decision() {
        return new Decision(decisionNumber, decisionDate, decisionIssuer);
    }
}
