package vn.tochuc.org.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CasePreview", description = "What a restructuring case would do, unit by unit, if it took effect")
public record CasePreviewResponse(UUID caseId, LocalDate effectiveDate, List<Effect> effects,
        @Schema(description = "Open positions of the units that cease: they end on the effective date")
        List<PositionEnding> positionsEnding) {

    @Schema(name = "CasePositionEnding")
    public record PositionEnding(UUID positionId, UUID orgUnitId, @Schema(examples = "SECRETARY") String titleCode) {
    }

    @Schema(name = "CaseEffect")
    public record Effect(
            @Schema(examples = "CEASE",
                    description = "ESTABLISH, PLACE_CHILD, RENAME, MOVE, CHANGE_LEVEL or CEASE") String action,
            @Schema(description = "Absent for a unit the case establishes") UUID unitId,
            @Schema(examples = "HU-TD") String code,
            State before,
            State after,
            @Schema(description = "For CEASE: the successors, by id or by the code of a unit the case establishes")
            List<String> successors) {
    }

    @Schema(name = "CaseEffectState")
    public record State(@Schema(examples = "Đảng bộ xã Tam Dương") String name,
            @Schema(examples = "ĐB Tam Dương") String shortName,
            @Schema(examples = "GRASSROOTS_PARTY_COMMITTEE") String kind,
            @Schema(examples = "TU-VP",
                    description = "Parent id, or the code of a unit the case establishes") String parent,
            @Schema(examples = "ACTIVE") String status) {
    }
}
