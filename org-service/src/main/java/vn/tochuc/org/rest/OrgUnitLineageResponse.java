package vn.tochuc.org.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnitLineage", description = "Which units this one came from and which it became (kế thừa)")
public record OrgUnitLineageResponse(UUID unitId, List<Edge> predecessors, List<Edge> successors) {

    @Schema(name = "LineageEdge")
    public record Edge(UUID unitId,
            @Schema(examples = "HU-TD", description = "The other unit's code") String code,
            @Schema(examples = "Huyện ủy Tam Dương",
                    description = "The other unit's name then: a predecessor's on the day before, a successor's "
                    + "on the day") String name,
            @Schema(examples = "MERGED_INTO",
                    description = "MERGED_INTO, CONSOLIDATED_INTO or SPLIT_INTO, read predecessor → successor")
            String relation,
            LocalDate effectiveDate, UUID caseId) {
    }
}
