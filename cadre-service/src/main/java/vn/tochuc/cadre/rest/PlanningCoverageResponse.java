package vn.tochuc.cadre.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanningCoverage", description = "Planning coverage of a unit in a term: people planned per "
        + "position, and the positions nobody is planned for")
public record PlanningCoverageResponse(UUID orgUnitId, @Schema(examples = "Thành ủy Vĩnh Yên") String orgUnitName,
        @Schema(examples = "2025-2030") String term, List<PositionCoverage> positions,
        List<TitleCoverage> titlesWithoutPosition, int positionsWithNobodyPlanned) {

    @Schema(name = "PositionCoverage")
    public record PositionCoverage(UUID positionId, @Schema(examples = "SECRETARY") String titleCode,
            @Schema(examples = "Bí thư") String titleName, int seats, int planned) {
    }

    /** Entries that name a title of the unit rather than an org-service position. */
    @Schema(name = "TitleCoverage")
    public record TitleCoverage(@Schema(examples = "SECRETARY") String titleCode, int planned) {
    }
}
