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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision that a person retires on another day than the statutory roadmap gives: earlier (Decree 135/2020 art. 5)
 * or later (e.g. listed female leaders, Decree 83/2022). Never changed; the latest decision of a person (by decision
 * date, then recording) is the one in effect.
 */
@Entity
@Table(name = "retirement_override")
public class RetirementOverride extends PanacheEntityBase {

    public enum Kind {
        /** Nghỉ hưu trước tuổi. */
        EARLY,
        /** Nghỉ hưu ở tuổi cao hơn. */
        LATER
    }

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The ground of the rule version that allowed it, e.g. HEAVY_HAZARDOUS_WORK. */
    @Column(nullable = false)
    public String ground;

    @Column(name = "retires_on", nullable = false)
    public LocalDate retiresOn;

    @Column(name = "roadmap_date", nullable = false)
    public LocalDate roadmapDate;

    /** The version of cadre.retirement-age that set roadmapDate; null for decisions recorded before it was a rule. */
    @Column(name = "roadmap_rule_version_id")
    public UUID roadmapRuleVersionId;

    /** That version's citation as the answer gave it; null as roadmapRuleVersionId. */
    @Column(name = "roadmap_basis")
    public String roadmapBasis;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "rule_version_id", nullable = false)
    public UUID ruleVersionId;

    /** The rule version's citation as the answer gave it, e.g. "135/2020/NĐ-CP (2020-11-18), Điều 5". */
    @Column(nullable = false)
    public String basis;

    @Column(name = "to_confirm", nullable = false)
    public boolean toConfirm;

    public String note;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "request_id")
    public String requestId;

    /** The decisions of a person, latest first. */
    public static List<RetirementOverride> of(UUID personId) {
        return list("personId = ?1 order by decidedOn desc, recordedAt desc", personId);
    }

    public static Optional<RetirementOverride> inEffect(UUID personId) {
        return find("personId = ?1 order by decidedOn desc, recordedAt desc", personId).firstResultOptional();
    }

    /** The decision in effect of each of these persons that has one. */
    public static Map<UUID, RetirementOverride> inEffect(Collection<UUID> personIds) {
        Map<UUID, RetirementOverride> latest = new HashMap<>();
        if (personIds.isEmpty()) {
            return latest;
        }
        List<RetirementOverride> all = list("personId in ?1 order by decidedOn desc, recordedAt desc", personIds);
        all.forEach(o -> latest.putIfAbsent(o.personId, o));
        return latest;
    }

    /** Decisions that set a retirement day in the window, whether or not still in effect. */
    public static List<RetirementOverride> retiringBetween(LocalDate from, LocalDate to) {
        return list("retiresOn between ?1 and ?2", from, to);
    }
}
