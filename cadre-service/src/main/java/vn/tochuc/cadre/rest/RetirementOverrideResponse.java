package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.RetirementOverride;

@Schema(name = "RetirementOverride", description = "A retirement by decision, with the text that allowed it")
public record RetirementOverrideResponse(UUID id, UUID personId, RetirementOverride.Kind kind,
        @Schema(examples = "HEAVY_HAZARDOUS_WORK") String ground,
        LocalDate retiresOn,
        @Schema(description = "The statutory day the decision departs from, by the rule cadre.retirement-age")
        LocalDate roadmapDate,
        @Schema(description = "The version of cadre.retirement-age that set roadmapDate (null for decisions recorded "
                + "before the roadmap was a rule)") UUID roadmapRuleVersionId,
        @Schema(description = "That version's basis as cited when the decision was recorded",
                example = "45/2019/QH14 (2019-11-20), Điều 169, khoản 2 (Nghị định 135/2020/NĐ-CP, Điều 4)")
        String roadmapBasis,
        @Schema(examples = "123/QĐ-UBND") String decisionNumber, LocalDate decidedOn,
        @Schema(examples = "Ban Thường vụ Tỉnh ủy") String decidedBy,
        @Schema(description = "Id of the version of cadre.retirement-overrides that allowed the ground")
        UUID ruleVersionId,
        @Schema(example = "135/2020/NĐ-CP (2020-11-18), Điều 5 (to confirm)") String basis, boolean toConfirm,
        @Schema(description = "Whether this is the person's decision in effect (the latest)") boolean inEffect,
        @Schema(examples = "Theo đề nghị của Ban Tổ chức Tỉnh ủy")
        String note, OffsetDateTime recordedAt, @Schema(examples = "tran.viet.cuong") String recordedBy) {

    public static RetirementOverrideResponse of(RetirementOverride o, boolean inEffect) {
        return new RetirementOverrideResponse(o.id, o.personId, o.kind, o.ground, o.retiresOn, o.roadmapDate,
                o.roadmapRuleVersionId, o.roadmapBasis,
                o.decisionNumber, o.decidedOn, o.decidedBy, o.ruleVersionId, o.basis, o.toConfirm, inEffect, o.note,
                o.recordedAt, o.recordedBy);
    }
}
