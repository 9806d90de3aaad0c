package vn.tochuc.task.congress;

import java.time.LocalDate;

/**
 * What one version of the congress schedule says for the congresses of one kind of unit: an element of the
 * {@code levels} of a task.congress-schedule.&lt;term&gt; rule version's values (read by Jackson, hence the public
 * fields).
 */
public class LevelRule {

    /** An org-unit kind of org-service's reference data, e.g. GRASSROOTS_PARTY_CELL. */
    public String unitKind;

    /** The last day a congress of this level may be held. */
    public LocalDate deadline;

    /** Whether the congress must come before the congress of the unit above (cells first, then grassroots...). */
    public boolean beforeSuperior;

    public int minDaysBeforeSuperior;

    public int planLeadWorkingDays;

    public int documentsLeadWorkingDays;

    /** The standing committee above approves the personnel plan at least this many working days ahead. */
    public int personnelLeadWorkingDays;

    /** Whether a congress may be recorded held only after its personnel plan was approved. */
    public boolean heldRequiresPersonnel;

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
