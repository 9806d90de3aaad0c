package vn.tochuc.cadre.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One step of a policy case, kept for its history: from which status to which, on which day, by whom. */
@Entity
@Table(name = "policy_case_step")
public class PolicyCaseStep extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** Null for the proposal that opened the case. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PolicyCaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public PolicyCaseStatus toStatus;

    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;

    @ColumnTransformer(write = "?::jsonb")
    public String decision;

    public String note;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    public static List<PolicyCaseStep> of(UUID caseId) {
        return list("caseId = ?1 order by at, id", caseId);
    }
}
