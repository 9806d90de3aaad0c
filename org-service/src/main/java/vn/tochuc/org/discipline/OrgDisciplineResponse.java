package vn.tochuc.org.discipline;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgDiscipline", description = "A discipline decision on a party organization and the rule version "
        + "that allowed its form")
public record OrgDisciplineResponse(UUID id, UUID unitId, @Schema(examples = "WARNING") String form,
        LocalDate decidedOn, LocalDate effectiveDate,
        @Schema(examples = "45-QĐ/UBKTTU")
        String decisionNumber, @Schema(examples = "Ủy ban Kiểm tra Tỉnh ủy") String decisionIssuer,
        @Schema(examples = "Vi phạm quy chế làm việc của cấp ủy") String reason, UUID ruleVersionId,
        @Schema(examples = "QĐ 69-QĐ/TW (2022-07-06), Điều lệ Đảng (2011), art. 36; QĐ 69-QĐ/TW, art. 5, in force "
                + "from 2022-07-06") String ruleCitation,
        @Schema(description = "True when the version was still to be confirmed by the Board") boolean ruleToConfirm,
        @Schema(description = "For a disbandment: the restructuring case that dissolves the unit")
        UUID dissolutionCaseId, @Schema(examples = "IN_EFFECT") String status, long version) {

    static OrgDisciplineResponse of(OrgDiscipline d) {
        return new OrgDisciplineResponse(d.id, d.unitId, d.form, d.decidedOn, d.effectiveDate, d.decisionNumber,
                d.decisionIssuer, d.reason, d.ruleVersionId, d.ruleCitation, d.ruleToConfirm, d.dissolutionCaseId,
                d.status, d.version);
    }
}
