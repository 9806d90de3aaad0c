package vn.tochuc.org.domain;

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
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A restructuring case (đề án sắp xếp): what changes, from when, by which decision, and how far it has got. */
@Entity
@Table(name = "restructuring_case")
public class RestructuringCase extends PanacheEntityBase {

    public static final String DRAFT = "DRAFT";
    public static final String APPROVED = "APPROVED";
    public static final String APPLIED = "APPLIED";
    public static final String CANCELLED = "CANCELLED";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseType type;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String title;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decision_issuer")
    public String decisionIssuer;

    /** The request as the caller wrote it (JSON), so a draft can be re-read, previewed and applied later. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String spec;

    /** What applying it did: the units it created (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String result;

    @Column(name = "failure_reason")
    public String failureReason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;

    public Decision decision() {
        return decisionNumber == null && decisionDate == null && decisionIssuer == null ? null
                : new Decision(decisionNumber, decisionDate, decisionIssuer);
    }
}
