package vn.tochuc.task.congress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;

/**
 * One version of a term's congress schedule rules: deadlines per level, the order of levels and the lead times, with
 * the document they rest on. Never edited once issued; a correction is a new version that replaces it.
 */
@Entity
@Table(name = "congress_rule_set")
public class CongressRuleSet extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String term;

    @Column(nullable = false)
    public String name;

    /** The number and symbol of the document the rules rest on, e.g. 45-CT/TW. */
    @Column(name = "basis_number", nullable = false)
    public String basisNumber;

    @Column(name = "basis_date", nullable = false)
    public LocalDate basisDate;

    /** Which articles or passages, as the Board cites them. */
    @Column(name = "basis_note")
    public String basisNote;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleSetStatus status;

    @Column(name = "replaces_id")
    public UUID replacesId;

    @Column(name = "replaced_by_id")
    public UUID replacedById;

    // Read with the version everywhere (answers, checks, recomputation), so loaded with it.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_rule", joinColumns = @JoinColumn(name = "rule_set_id"))
    @OrderBy("deadline, unitKind")
    public List<LevelRule> levels = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static CongressRuleSet issue(NewRuleSet r) {
        CongressRuleSet set = new CongressRuleSet();
        set.id = UUID.randomUUID();
        set.term = r.term();
        set.name = r.name();
        set.basisNumber = r.basisNumber();
        set.basisDate = r.basisDate();
        set.basisNote = r.basisNote();
        set.validFrom = r.validFrom();
        set.status = RuleSetStatus.IN_FORCE;
        set.replacesId = r.replacesId();
        r.levels().forEach(level -> set.levels.add(LevelRule.of(level)));
        set.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        set.updatedAt = set.createdAt;
        return set;
    }

    /** This version stops applying because {@code correction} replaces it. */
    void replacedBy(CongressRuleSet correction) {
        requireInForce();
        if (!term.equals(correction.term)) {
            throw ProblemException.invalid("term", "must be " + term + ", the term of the version it replaces");
        }
        status = RuleSetStatus.REPLACED;
        replacedById = correction.id;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Only a version in force can be replaced: a correction of a correction replaces the latest one. */
    void requireInForce() {
        if (status != RuleSetStatus.IN_FORCE) {
            throw ProblemException.conflict("already-replaced", "Rule version " + label() + " (" + id + ") was "
                    + "already replaced by " + replacedById + "; replace that one instead.");
        }
    }

    public Optional<LevelRule> ruleFor(String unitKind) {
        return levels.stream().filter(rule -> rule.unitKind.equals(unitKind)).findFirst();
    }

    /** How answers name the version: its document and date, e.g. "45-CT/TW (2025-04-14)". */
    public String label() {
        return basisNumber + " (" + basisDate + ")";
    }
}
