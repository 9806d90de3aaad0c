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
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A discipline decision (quyết định kỷ luật) and the period it bars planning and appointment. */
@Entity
@Table(name = "discipline")
public class Discipline extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisciplineSystem system;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisciplineForm form;

    /** The unit the person belonged to when disciplined: the register filters by it. */
    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    /** JSON {@link Decision}: number, date and issuing body (cơ quan ra quyết định). */
    @Column(nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String decision;

    /** Lý do kỷ luật: confidential, so it stays out of the event. */
    @Column(nullable = false)
    public String reason;

    @Column(name = "barred_from", nullable = false)
    public LocalDate barredFrom;

    /** The first day planning and appointment are allowed again. */
    @Column(name = "barred_until", nullable = false)
    public LocalDate barredUntil;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The bar in force on a day with the latest end, if any. */
    public static Optional<Discipline> barring(UUID personId, LocalDate day) {
        return find("personId = ?1 and barredFrom <= ?2 and barredUntil > ?2 order by barredUntil desc", personId,
                day).firstResultOptional();
    }
}
