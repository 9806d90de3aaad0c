package vn.tochuc.org.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.Decision;

@Schema(name = "Position", description = "A position (chức danh) of a unit, with its seats over time")
public record PositionResponse(
        UUID id,
        UUID orgUnitId,
        @Schema(examples = "SECRETARY") String titleCode,
        @Schema(examples = "Phó Bí thư") String titleName,
        LocalDate validFrom,
        @Schema(description = "The first day it no longer exists; absent while open") LocalDate validTo,
        @Schema(examples = "ACTIVE", description = "ACTIVE or ENDED") String status,
        @Schema(examples = "ENDED", description = "ENDED or UNIT_CEASED, once ended") String endReason,
        @Schema(description = "The date seats and managingBody are about") LocalDate asOf,
        @Schema(description = "Seats on asOf; absent when the position was not in effect then") Integer seats,
        @Schema(examples = "Bộ Chính trị") String managingBody,
        @Schema(description = "Every version of seats and managing body") List<Version> versions,
        @Schema(description = "The version also sent as ETag") long version) {

    @Schema(name = "PositionVersion")
    public record Version(LocalDate validFrom, LocalDate validTo, int seats,
            @Schema(examples = "Bộ Chính trị") String managingBody, @Schema(examples = "CREATED") String change,
            Decision decision) {
    }
}
