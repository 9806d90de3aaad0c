package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;

@Schema(name = "PlanningResponse", description = "A planning entry; removedOn is set once removed from planning")
public record PlanningResponse(UUID id, UUID personId, @Schema(examples = "Nguyễn Thanh Tùng") String personName,
        UUID positionId, @Schema(examples = "Bí thư Huyện ủy") String positionName,
        UUID orgUnitId, @Schema(examples = "Huyện ủy Tam Dương") String orgUnitName,
        @Schema(examples = "SECRETARY") String titleCode, @Schema(examples = "2025-2030") String term,
        LocalDate plannedOn, Decision decision,
        LocalDate removedOn, @Schema(examples = "Không còn đủ tuổi tái cử theo quy định") String removalReason,
        Decision removalDecision, long version) {

    /** As shown to a caller who may not read confidential assessments (ConfidentialAssessments). */
    public PlanningResponse withoutRemovalReason() {
        return new PlanningResponse(id, personId, personName, positionId, positionName, orgUnitId, orgUnitName,
                titleCode, term, plannedOn, decision, removedOn, null, removalDecision, version);
    }
}
