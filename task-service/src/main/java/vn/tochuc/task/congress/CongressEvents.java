package vn.tochuc.task.congress;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.platform.event.Outbox;

/**
 * Publishes what happens to congress plans and rule versions on {@code tochuc.task.congress}, in the change's
 * transaction. Plans are keyed by plan id, rule versions by their own id.
 */
@ApplicationScoped
public class CongressEvents {

    public static final String TOPIC = "tochuc.task.congress";
    public static final String SCHEDULED = "vn.tochuc.task.congress.scheduled.v1";
    public static final String MILESTONE_REACHED = "vn.tochuc.task.congress.milestone-reached.v1";
    public static final String HELD = "vn.tochuc.task.congress.held.v1";
    public static final String CLOSED = "vn.tochuc.task.congress.closed.v1";
    public static final String RULES_ISSUED = "vn.tochuc.task.congress.rules-issued.v1";
    public static final String RULES_REPLACED = "vn.tochuc.task.congress.rules-replaced.v1";

    /** A plan as integrators see it in every plan event; {@code milestone} names the one just reached, if any. */
    public record PlanData(UUID planId, UUID unitId, String term, String congressType, boolean pilot,
            LocalDate plannedDate, LocalDate deadline, UUID ruleSetId, LocalDate planApprovedOn,
            LocalDate documentsDraftedOn, LocalDate personnelPlanApprovedOn, LocalDate heldOn, Integer congressOrdinal,
            String milestone) {

        static PlanData of(CongressPlan p, Milestone milestone) {
            return new PlanData(p.id, p.unitId, p.term, p.congressType == null ? null : p.congressType.name(),
                    p.pilot, p.plannedDate, p.deadline, p.ruleVersionId, p.planApprovedOn, p.documentsDraftedOn,
                    p.personnelApprovedOn, p.heldOn, p.congressOrdinal, milestone == null ? null : milestone.name());
        }
    }

    /** A plan closed because its unit ceased before the congress; {@code successorUnitId} carries on, if one. */
    public record ClosedData(UUID planId, UUID unitId, String term, LocalDate plannedDate, LocalDate closedOn,
            String reason, UUID successorUnitId) {

        static ClosedData of(CongressPlan p) {
            return new ClosedData(p.id, p.unitId, p.term, p.plannedDate, p.closedOn, p.closedReason,
                    p.successorUnitId);
        }
    }

    /** A rule version as issued, with its rule per kind of unit. */
    public record RulesData(UUID ruleSetId, String term, String name, String basisNumber, LocalDate basisDate,
            LocalDate validFrom, String status, UUID replacesId, UUID replacedById, List<LevelData> levels) {

        static RulesData of(CongressRuleSet s) {
            return new RulesData(s.id, s.term, s.name, s.basisNumber, s.basisDate, s.validFrom, s.status.name(),
                    s.replacesId, s.replacedById, s.levels.stream().map(LevelData::of).toList());
        }
    }

    public record LevelData(@Schema(examples = "GRASSROOTS_PARTY_COMMITTEE") String unitKind, LocalDate deadline,
            boolean beforeSuperior, int minDaysBeforeSuperior,
            int planLeadWorkingDays, int documentsLeadWorkingDays, int personnelLeadWorkingDays,
            boolean heldRequiresPersonnel, @Schema(examples = "MEMBERS") String defaultCongressType) {

        static LevelData of(LevelRule r) {
            return new LevelData(r.unitKind, r.deadline, r.beforeSuperior, r.minDaysBeforeSuperior,
                    r.planLeadWorkingDays, r.documentsLeadWorkingDays, r.personnelLeadWorkingDays,
                    r.heldRequiresPersonnel, r.defaultCongressType.name());
        }
    }

    private final Outbox outbox;

    CongressEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void scheduled(CongressPlan p) {
        outbox.publish(TOPIC, p.id.toString(), SCHEDULED, PlanData.of(p, null));
    }

    /** Many plans scheduled at once (a subtree planned, a rule change recomputed), as one batch. */
    void scheduled(List<CongressPlan> plans) {
        outbox.publishAll(plans.stream()
                .map(p -> new Outbox.Pending(TOPIC, p.id.toString(), SCHEDULED, PlanData.of(p, null))).toList());
    }

    void milestoneReached(CongressPlan p, Milestone milestone) {
        outbox.publish(TOPIC, p.id.toString(), MILESTONE_REACHED, PlanData.of(p, milestone));
    }

    void held(CongressPlan p) {
        outbox.publish(TOPIC, p.id.toString(), HELD, PlanData.of(p, Milestone.CONGRESS_HELD));
    }

    void closed(CongressPlan p) {
        outbox.publish(TOPIC, p.id.toString(), CLOSED, ClosedData.of(p));
    }

    void rulesIssued(CongressRuleSet s) {
        outbox.publish(TOPIC, s.id.toString(), RULES_ISSUED, RulesData.of(s));
    }

    void rulesReplaced(CongressRuleSet s) {
        outbox.publish(TOPIC, s.id.toString(), RULES_REPLACED, RulesData.of(s));
    }
}
