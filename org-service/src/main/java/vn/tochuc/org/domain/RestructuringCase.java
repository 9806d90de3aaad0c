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
import java.time.ZoneOffset;
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
    private static final int MAX_REASON = 2000;

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

    public void approve() {
        this.status = APPROVED;
        this.approvedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = approvedAt;
    }

    public void cancel() {
        this.status = CANCELLED;
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Took effect; result names the units it established. */
    public void applied(String result) {
        this.status = APPLIED;
        this.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = appliedAt;
        this.result = result;
    }

    /** Could not take effect on its date; the reason is kept (as much as the column holds) for the Board to read. */
    public void fail(String reason) {
        this.status = FAILED;
        this.failureReason = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Decision decision() {
        return decisionNumber == null && decisionDate == null && decisionIssuer == null ? null
                : new Decision(decisionNumber, decisionDate, decisionIssuer);
    }
}
