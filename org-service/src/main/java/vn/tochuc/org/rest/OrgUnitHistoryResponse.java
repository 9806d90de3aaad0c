package vn.tochuc.org.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnitHistory", description = "Every version of a unit, oldest first")
public record OrgUnitHistoryResponse(UUID unitId, @Schema(examples = "HU-TD") String code, List<Version> versions) {

    @Schema(name = "OrgUnitVersion")
    public record Version(LocalDate validFrom,
            @Schema(description = "Exclusive; absent for the current version") LocalDate validTo,
            @Schema(examples = "Huyện ủy Tam Dương")
            String name, @Schema(examples = "Huyện ủy Tam Dương") String shortName,
            @Schema(examples = "DISTRICT_PARTY_COMMITTEE") String kind, UUID parentId,
            @Schema(examples = "ESTABLISHED",
                    description = "What started this version: ESTABLISHED, RENAMED, MOVED, LEVEL_CHANGED; a ceased "
                    + "unit's history ends with a step MERGED_INTO, CONSOLIDATED_INTO, SPLIT_INTO or DISSOLVED "
                    + "from the day it ceased")
            String change,
            @Schema(description = "The restructuring case that made it, if any") UUID caseId) {
    }
}
