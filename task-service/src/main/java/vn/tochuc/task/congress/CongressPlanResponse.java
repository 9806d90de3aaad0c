package vn.tochuc.task.congress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CongressPlan")
public record CongressPlanResponse(UUID id, UUID orgUnitId, @Schema(examples = "Đảng bộ xã Tam Dương") String unitName,
        @Schema(examples = "GRASSROOTS_PARTY_COMMITTEE") String unitKind, @Schema(examples = "2025-2030") String term,
        CongressType congressType, boolean pilot, LocalDate plannedDate, LocalDate heldOn, Integer congressOrdinal,
        @Schema(description = "The level's deadline under the rule version that judges this congress")
        LocalDate deadline,
        @Schema(description = "The rule version in force on the congress day; null when none is") RuleVersion rules,
        List<MilestoneState> milestones,
        @Schema(description = "The day the unit ceased before its congress (restructuring); null while open")
        LocalDate closedOn, @Schema(examples = "Đơn vị đã hợp nhất trước ngày đại hội") String closedReason,
        @Schema(description = "The unit that carries on after this one ceased") UUID successorUnitId,
        long version, OffsetDateTime updatedAt) {

    @Schema(name = "CongressRuleVersionRef", description = "A version of rule task.congress-schedule.<term> "
            + "(GET /api/v1/rules/task)")
    public record RuleVersion(UUID id, @Schema(examples = "Đại hội đảng bộ các cấp theo Chỉ thị 45-CT/TW") String name,
            @Schema(examples = "45-CT/TW") String basisNumber, LocalDate basisDate,
            @Schema(description = "The basis as answers cite it", example = "45-CT/TW (2025-04-14) (to confirm)")
            String citation,
            @Schema(description = "The figures still have to be checked against the official text") boolean toConfirm) {
    }

    @Schema(name = "CongressMilestone", description = "plannedDate derives from the rules; actualDate is recorded")
    public record MilestoneState(Milestone milestone, LocalDate plannedDate, LocalDate actualDate) {
    }

    static CongressPlanResponse of(PlanDetails d) {
        CongressPlan p = d.plan();
        CongressRuleSet r = d.rules();
        return new CongressPlanResponse(p.id, p.unitId, d.unit() == null ? null : d.unit().name,
                d.unit() == null ? null : d.unit().kind, p.term, p.congressType, p.pilot, p.plannedDate, p.heldOn,
                p.congressOrdinal, p.deadline,
                r == null ? null : new RuleVersion(r.id, r.name, r.basisNumber, r.basisDate, r.citation, r.toConfirm),
                Arrays.stream(Milestone.values()).map(m -> new MilestoneState(m, p.dueOn(m), p.reachedOn(m))).toList(),
                p.closedOn, p.closedReason, p.successorUnitId, p.version, p.updatedAt);
    }
}
