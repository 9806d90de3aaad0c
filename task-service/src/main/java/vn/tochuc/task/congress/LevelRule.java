package vn.tochuc.task.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** What one rule version says for the congresses of one kind of unit. */
@Embeddable
public class LevelRule {

    /** An org-unit kind of org-service's reference data, e.g. GRASSROOTS_PARTY_CELL. */
    @Column(name = "unit_kind", nullable = false)
    public String unitKind;

    /** The last day a congress of this level may be held. */
    @Column(nullable = false)
    public LocalDate deadline;

    /** Whether the congress must come before the congress of the unit above (cells first, then grassroots...). */
    @Column(name = "before_superior", nullable = false)
    public boolean beforeSuperior;

    @Column(name = "min_days_before_superior", nullable = false)
    public int minDaysBeforeSuperior;

    @Column(name = "plan_lead_working_days", nullable = false)
    public int planLeadWorkingDays;

    @Column(name = "documents_lead_working_days", nullable = false)
    public int documentsLeadWorkingDays;

    /** The standing committee above approves the personnel plan at least this many working days ahead. */
    @Column(name = "personnel_lead_working_days", nullable = false)
    public int personnelLeadWorkingDays;

    /** Whether a congress may be recorded held only after its personnel plan was approved. */
    @Column(name = "held_requires_personnel", nullable = false)
    public boolean heldRequiresPersonnel;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_congress_type", nullable = false)
    public CongressType defaultCongressType;

    static LevelRule of(NewRuleSet.Level level) {
        LevelRule rule = new LevelRule();
        rule.unitKind = level.unitKind();
        rule.deadline = level.deadline();
        rule.beforeSuperior = level.beforeSuperior();
        rule.minDaysBeforeSuperior = level.minDaysBeforeSuperior();
        rule.planLeadWorkingDays = level.planLeadWorkingDays();
        rule.documentsLeadWorkingDays = level.documentsLeadWorkingDays();
        rule.personnelLeadWorkingDays = level.personnelLeadWorkingDays();
        rule.heldRequiresPersonnel = level.heldRequiresPersonnel();
        rule.defaultCongressType = level.defaultCongressType();
        return rule;
    }

    /** The planned day of a milestone for a congress planned on {@code congressDay}. */
    LocalDate due(Milestone milestone, LocalDate congressDay) {
        return switch (milestone) {
            case PLAN_APPROVED -> WorkingDays.before(congressDay, planLeadWorkingDays);
            case DOCUMENTS_DRAFTED -> WorkingDays.before(congressDay, documentsLeadWorkingDays);
            case PERSONNEL_PLAN_APPROVED -> WorkingDays.before(congressDay, personnelLeadWorkingDays);
            case CONGRESS_HELD -> congressDay;
        };
    }
}
