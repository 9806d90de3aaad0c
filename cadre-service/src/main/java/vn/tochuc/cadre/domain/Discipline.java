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
import java.util.Comparator;
import java.util.List;
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

    /** The first day planning and appointment are allowed again, to any post: the end of the longer window. */
    @Column(name = "barred_until", nullable = false)
    public LocalDate barredUntil;

    /** First day appointment or planning to a higher post is allowed again; null: that window bars nothing. */
    @Column(name = "higher_until")
    public LocalDate higherUntil;

    /** First day appointment, reappointment or planning to an equal or higher post is allowed again; null: none. */
    @Column(name = "equal_until")
    public LocalDate equalUntil;

    /** The version of cadre.discipline-bars.&lt;system&gt; that set the periods (null when the decision set them). */
    @Column(name = "bar_rule_version_id")
    public UUID barRuleVersionId;

    /** The version of cadre.discipline-forms.&lt;system&gt; that allowed the form. */
    @Column(name = "form_rule_version_id")
    public UUID formRuleVersionId;

    /** The basis of the periods as answers cite it. */
    @Column(name = "bar_basis")
    public String barBasis;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * The first day a post of this level is allowed again, or null when this decision does not bar it: a higher
     * post is barred by either window, an equal one by the equal-or-higher window only, a lower one by neither.
     */
    public LocalDate barredUntil(PostLevel level) {
        return switch (level) {
            case LOWER -> null;
            case EQUAL -> equalUntil;
            case HIGHER -> higherUntil == null ? equalUntil
                    : equalUntil == null || higherUntil.isAfter(equalUntil) ? higherUntil : equalUntil;
        };
    }

    /** The bar in force on a day for a post of this level with the latest end, if any. */
    public static Optional<Discipline> barring(UUID personId, LocalDate day, PostLevel level) {
        List<Discipline> running = list("personId = ?1 and barredFrom <= ?2 and barredUntil > ?2", personId, day);
        return running.stream().filter(d -> d.barredUntil(level) != null && d.barredUntil(level).isAfter(day))
                .max(Comparator.comparing(d -> d.barredUntil(level)));
    }
}
