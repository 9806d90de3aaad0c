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
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A staff-reduction or early-retirement case of a person (chính sách cán bộ); its steps are PolicyCaseStep rows. */
@Entity
@Table(name = "policy_case")
public class PolicyCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PolicyCaseKind kind;

    /** Căn cứ pháp lý, as written: the decree and article the case relies on. */
    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /** The day the person would leave (thời điểm đề nghị nghỉ). */
    @Column(name = "proposed_date", nullable = false)
    public LocalDate proposedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PolicyCaseStatus status;

    /** The day of the latest step. */
    @Column(name = "status_on", nullable = false)
    public LocalDate statusOn;

    /** JSON {@link Decision} of the approval, or null before it. */
    @ColumnTransformer(write = "?::jsonb")
    public String decision;

    public String note;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** A case of the kind still open for the person, to refuse a second one. */
    public static boolean openOf(UUID personId, PolicyCaseKind kind) {
        return count("personId = ?1 and kind = ?2 and status in ?3", personId, kind,
                java.util.List.of(PolicyCaseStatus.PROPOSED, PolicyCaseStatus.APPROVED)) > 0;
    }
}
