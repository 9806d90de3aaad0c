package vn.tochuc.cadre.domain;

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
import org.hibernate.annotations.ColumnTransformer;

/** A person planned for a position in a term (quy hoạch cán bộ); removed from planning, never deleted. */
@Entity
@Table(name = "planning")
public class Planning extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    /** org-service's position id; null when the planning names a title of a unit that has no such position yet. */
    @Column(name = "position_id")
    public UUID positionId;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(name = "title_code", nullable = false)
    public String titleCode;

    @Column(name = "term_start", nullable = false)
    public int termStart;

    @Column(name = "term_end", nullable = false)
    public int termEnd;

    /** The day the planning was decided; the discipline bar is checked on it. */
    @Column(name = "planned_on", nullable = false)
    public LocalDate plannedOn;

    /** JSON {@link Decision}, or null. */
    @ColumnTransformer(write = "?::jsonb")
    public String decision;

    /** The day the person was removed from planning; null while planned. */
    @Column(name = "removed_on")
    public LocalDate removedOn;

    @Column(name = "removal_reason")
    public String removalReason;

    /** JSON {@link Decision} of the removal, or null. */
    @Column(name = "removal_decision")
    @ColumnTransformer(write = "?::jsonb")
    public String removalDecision;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isActive() {
        return removedOn == null;
    }

    public PlanningTerm term() {
        return new PlanningTerm(termStart, termEnd);
    }

    /** Entries still standing for the same seat of the same term, to refuse planning a person twice. */
    public static List<Planning> standing(UUID personId, UUID orgUnitId, String titleCode, UUID positionId,
            int termStart) {
        List<Planning> rows = list("personId = ?1 and orgUnitId = ?2 and titleCode = ?3 and termStart = ?4 "
                + "and removedOn is null", personId, orgUnitId, titleCode, termStart);
        return rows.stream().filter(p -> java.util.Objects.equals(p.positionId, positionId)).toList();
    }

    /** Entries of a unit and term still standing, for the coverage report. */
    public static List<Planning> standingIn(UUID orgUnitId, int termStart) {
        return list("orgUnitId = ?1 and termStart = ?2 and removedOn is null", orgUnitId, termStart);
    }
}
