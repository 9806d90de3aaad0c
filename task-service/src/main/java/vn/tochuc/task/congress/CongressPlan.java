package vn.tochuc.task.congress;

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
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * The preparation of one party organization's congress for one term: its planned and actual dates and the four
 * milestones. The deadline and the milestones' planned days come from the rule version in force on the congress
 * day and are recomputed ({@link #derive}) whenever the planned date or the rules change.
 */
@Entity
@Table(name = "congress_plan")
public class CongressPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String term;

    /** Null until decided, for a kind no rule version gives a default to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "congress_type")
    public CongressType congressType;

    /** Đại hội điểm: held first, as the example for the other units of its level. */
    @Column(nullable = false)
    public boolean pilot;

    @Column(name = "planned_date")
    public LocalDate plannedDate;

    @Column(name = "plan_approved_on")
    public LocalDate planApprovedOn;

    @Column(name = "documents_drafted_on")
    public LocalDate documentsDraftedOn;

    @Column(name = "personnel_approved_on")
    public LocalDate personnelApprovedOn;

    @Column(name = "held_on")
    public LocalDate heldOn;

    /** Đại hội lần thứ ... as org-service recorded it (18 = XVIII). */
    @Column(name = "congress_ordinal")
    public Integer congressOrdinal;

    /**
     * The platform-rules version (of task.congress-schedule.&lt;term&gt;) that judges this congress; null when no
     * version of the term is in force on its day.
     */
    @Column(name = "rule_version_id")
    public UUID ruleVersionId;

    @Column
    public LocalDate deadline;

    @Column(name = "plan_approval_due")
    public LocalDate planApprovalDue;

    @Column(name = "documents_due")
    public LocalDate documentsDue;

    @Column(name = "personnel_approval_due")
    public LocalDate personnelApprovalDue;

    /** The day the unit ceased before holding its congress (restructuring): the plan is closed from then. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closed_reason")
    public String closedReason;

    /** The unit that carries on after this one ceased (null: none, or several). */
    @Column(name = "successor_unit_id")
    public UUID successorUnitId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static CongressPlan open(UUID unitId, String term, CongressType type, boolean pilot) {
        CongressPlan plan = new CongressPlan();
        plan.id = UUID.randomUUID();
        plan.unitId = unitId;
        plan.term = term;
        plan.congressType = type;
        plan.pilot = pilot;
        plan.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        plan.updatedAt = plan.createdAt;
        return plan;
    }

    /** Sets what is given of the planned date, type and pilot flag; a congress already held keeps its plan. */
    void reschedule(LocalDate newDate, CongressType newType, Boolean newPilot) {
        requireOpen();
        if (heldOn != null && newDate != null && !newDate.equals(plannedDate)) {
            throw ProblemException.conflict("congress-already-held", ProblemText.of("congress-already-held")
                    .with("held", heldOn).with("planned", plannedDate));
        }
        plannedDate = newDate == null ? plannedDate : newDate;
        congressType = newType == null ? congressType : newType;
        pilot = newPilot == null ? pilot : newPilot;
        touch();
    }

    /**
     * Records a milestone reached on {@code day}. Each is reached once; the personnel plan follows the plan's
     * approval, and the congress follows the personnel plan when {@code heldNeedsPersonnel} (the rule says so).
     */
    void reach(Milestone milestone, LocalDate day, Integer ordinal, boolean heldNeedsPersonnel) {
        requireOpen();
        if (reachedOn(milestone) != null) {
            throw ProblemException.conflict("milestone-already-reached", ProblemText.of("milestone-already-reached")
                    .with("milestone", milestone).with("date", reachedOn(milestone)));
        }
        Milestone before = switch (milestone) {
            case PLAN_APPROVED -> null;
            case DOCUMENTS_DRAFTED, PERSONNEL_PLAN_APPROVED -> Milestone.PLAN_APPROVED;
            case CONGRESS_HELD -> heldNeedsPersonnel ? Milestone.PERSONNEL_PLAN_APPROVED : null;
        };
        if (before != null && reachedOn(before) == null) {
            throw ProblemException.conflict("milestone-prerequisite-missing", ProblemText.of(milestone
                    == Milestone.CONGRESS_HELD
                            ? "milestone-prerequisite-missing.held" : "milestone-prerequisite-missing")
                    .with("milestone", milestone).with("before", before));
        }
        if (before != null && day.isBefore(reachedOn(before))) {
            throw ProblemException.invalid("date", ProblemText.of("field.before-milestone")
                    .with("date", reachedOn(before)).with("milestone", before));
        }
        switch (milestone) {
            case PLAN_APPROVED -> planApprovedOn = day;
            case DOCUMENTS_DRAFTED -> documentsDraftedOn = day;
            case PERSONNEL_PLAN_APPROVED -> personnelApprovedOn = day;
            case CONGRESS_HELD -> {
                heldOn = day;
                congressOrdinal = ordinal == null ? congressOrdinal : ordinal;
            }
        }
        touch();
    }

    /**
     * The unit ceased on {@code on} before holding its congress: no congress will be held under this plan. A plan
     * whose congress was held, or that is already closed, stays as it is (returns false).
     */
    boolean close(LocalDate on, String reason, UUID successor) {
        if (heldOn != null || closedOn != null) {
            return false;
        }
        closedOn = on;
        closedReason = reason;
        successorUnitId = successor;
        touch();
        return true;
    }

    /**
     * The congress as org-service recorded it: held on {@code day} (when given) as the {@code ordinal}-th. A
     * correction overwrites an earlier record. Returns whether anything changed, so a repeated record is silent.
     */
    boolean recordHeld(LocalDate day, int ordinal) {
        boolean changed = !Objects.equals(congressOrdinal, ordinal) || (day != null && !day.equals(heldOn));
        congressOrdinal = ordinal;
        heldOn = day == null ? heldOn : day;
        if (changed) {
            touch();
        }
        return changed;
    }

    /**
     * Takes the deadline and the milestones' planned days from the rule version that judges this congress: the one
     * in force on its planned day, else on the day it was held, else on {@code today}. Returns whether they changed.
     */
    boolean derive(RuleBook rules, String unitKind, LocalDate today) {
        LocalDate day = plannedDate != null ? plannedDate : heldOn != null ? heldOn : today;
        CongressRuleSet set = rules.on(day).orElse(null);
        LevelRule rule = set == null || unitKind == null ? null : set.ruleFor(unitKind).orElse(null);
        UUID newRuleSet = set == null ? null : set.id;
        LocalDate newDeadline = rule == null ? null : rule.deadline;
        LocalDate planDue = due(rule, Milestone.PLAN_APPROVED);
        LocalDate documentsDueOn = due(rule, Milestone.DOCUMENTS_DRAFTED);
        LocalDate personnelDue = due(rule, Milestone.PERSONNEL_PLAN_APPROVED);
        boolean changed = !Objects.equals(ruleVersionId, newRuleSet) || !Objects.equals(deadline, newDeadline)
                || !Objects.equals(planApprovalDue, planDue) || !Objects.equals(documentsDue, documentsDueOn)
                || !Objects.equals(personnelApprovalDue, personnelDue);
        if (changed) {
            ruleVersionId = newRuleSet;
            deadline = newDeadline;
            planApprovalDue = planDue;
            documentsDue = documentsDueOn;
            personnelApprovalDue = personnelDue;
            touch();
        }
        return changed;
    }

    private LocalDate due(LevelRule rule, Milestone milestone) {
        return rule == null || plannedDate == null ? null : rule.due(milestone, plannedDate);
    }

    public LocalDate reachedOn(Milestone milestone) {
        return switch (milestone) {
            case PLAN_APPROVED -> planApprovedOn;
            case DOCUMENTS_DRAFTED -> documentsDraftedOn;
            case PERSONNEL_PLAN_APPROVED -> personnelApprovedOn;
            case CONGRESS_HELD -> heldOn;
        };
    }

    public LocalDate dueOn(Milestone milestone) {
        return switch (milestone) {
            case PLAN_APPROVED -> planApprovalDue;
            case DOCUMENTS_DRAFTED -> documentsDue;
            case PERSONNEL_PLAN_APPROVED -> personnelApprovalDue;
            case CONGRESS_HELD -> plannedDate;
        };
    }

    /** The day this congress is held or planned, as a superior or subordinate's schedule is checked against. */
    LocalDate congressDay() {
        return heldOn != null ? heldOn : plannedDate;
    }

    /** Refuses any change of a plan closed because its unit ceased (409 naming the successor's plans). */
    void requireOpen() {
        if (closedOn != null) {
            throw ProblemException.conflict("congress-plan-closed", ProblemText.of(successorUnitId == null
                    ? "congress-plan-closed" : "congress-plan-closed.successor").with("date", closedOn)
                    .with("reason", closedReason).with("successor", successorUnitId));
        }
    }

    private void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
