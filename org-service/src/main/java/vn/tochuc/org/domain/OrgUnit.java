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
 * The identity of an organization unit (đơn vị, tổ chức đảng): what never changes with time. Its name, kind and
 * parent over time are {@link OrgUnitVersion}s.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Stable business code, unique regardless of case. */
    @Column(nullable = false)
    public String code;

    /** ACTIVE, or CEASED once merged, consolidated, split or dissolved (đã giải thể / sáp nhập). */
    @Column(nullable = false)
    public String status;

    @Column(name = "established_on", nullable = false)
    public LocalDate establishedOn;

    /** The first day the unit no longer exists; null while it exists. */
    @Column(name = "ceased_on")
    public LocalDate ceasedOn;

    @Column(name = "founding_decision_number")
    public String foundingDecisionNumber;

    @Column(name = "founding_decision_date")
    public LocalDate foundingDecisionDate;

    @Column(name = "founding_decision_issuer")
    public String foundingDecisionIssuer;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** MERGED_INTO, CONSOLIDATED_INTO, SPLIT_INTO or DISSOLVED; null while the unit exists. */
    @Column(name = "ceased_how")
    public String ceasedHow;

    @Column(name = "ceased_case_id")
    public UUID ceasedCaseId;

    /** The unit no longer exists from {@code date}, ended the way {@code how} says by the case given. */
    public void cease(LocalDate date, String how, UUID caseId) {
        status = OrgUnitStatus.CEASED;
        ceasedOn = date;
        ceasedHow = how;
        ceasedCaseId = caseId;
    }

    /** A unit as a refusal names it: its code (the structure is public), or the id when there is no such unit. */
    public static String codeOf(UUID id) {
        OrgUnit unit = id == null ? null : findById(id);
        return unit == null ? String.valueOf(id) : unit.code;
    }

    public static Optional<OrgUnit> findByCode(String code) {
        return find("lower(code) = lower(?1)", code).firstResultOptional();
    }

    public boolean existsOn(LocalDate date) {
        return !date.isBefore(establishedOn) && (ceasedOn == null || date.isBefore(ceasedOn));
    }
}
