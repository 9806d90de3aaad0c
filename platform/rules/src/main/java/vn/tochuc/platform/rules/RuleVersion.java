package vn.tochuc.platform.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Generated;

/**
 * One version of a rule: its values (JSON, read by the service that owns the rule), the period it is in force and
 * the text that sets it. Never updated: a correction is a new version with the same validFrom, recorded later.
 */
@Entity
@Table(name = "rule_version")
public class RuleVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "rule_code", nullable = false)
    public String ruleCode;

    /** Order of recording, given by the database. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Last day in force when the text says so; null: until the next version's validFrom. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "rule_values", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String values;

    @Column(name = "basis_document", nullable = false)
    public String basisDocument;

    @Column(name = "basis_issued_on")
    public LocalDate basisIssuedOn;

    @Column(name = "basis_article")
    public String basisArticle;

    @Column(name = "basis_title")
    public String basisTitle;

    @Column(name = "to_confirm", nullable = false)
    public boolean toConfirm;

    public String note;

    @Column(name = "seed_key")
    public String seedKey;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "request_id")
    public String requestId;

    /** Every version of a rule, by validFrom, then by order of recording. */
    public static List<RuleVersion> of(String ruleCode) {
        return list("ruleCode = ?1 order by validFrom, seq", ruleCode);
    }

    /**
     * The version in force on a day: the latest validFrom on or before it (the later-recorded among equals), unless
     * its own validTo has passed (the rule was abolished and nothing replaced it).
     */
    public static Optional<RuleVersion> inForce(String ruleCode, LocalDate day) {
        return inForce(newestFirst(ruleCode), day); // a rule has a handful of versions
    }

    /** Every version of a rule, latest validFrom first, the later-recorded first among equals. */
    public static List<RuleVersion> newestFirst(String ruleCode) {
        return list("ruleCode = ?1 order by validFrom desc, seq desc", ruleCode);
    }

    /** {@link #inForce(String, LocalDate)} among versions already read, {@link #newestFirst} ordered. */
    public static Optional<RuleVersion> inForce(List<RuleVersion> newestFirst, LocalDate day) {
        return newestFirst.stream().filter(v -> !v.validFrom.isAfter(day)).findFirst()
                .filter(v -> v.validTo == null || !v.validTo.isBefore(day));
    }

    public static boolean seeded(String seedKey) {
        return count("seedKey", seedKey) > 0;
    }

    public RuleBasis basis() {
        return new RuleBasis(basisDocument, basisIssuedOn, basisArticle, basisTitle);
    }
}
