package vn.tochuc.org.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitTerm", description = "A unit's congress for a term and the seats of the bodies it elected")
public record UnitTermBody(
        @Schema(readOnly = true) UUID unitId,
        @Schema(readOnly = true, examples = "2025-2030") String termCode,
        @NotNull @Min(1) @Max(100) @Schema(description = "Ordinal of the congress (đại hội lần thứ), e.g. 17 for XVII")
        Integer congressOrdinal,
        @Schema(description = "Roman numeral of the ordinal", readOnly = true, examples = "XVII") String congressNumeral,
        LocalDate congressDate,
        @Min(0) @Max(200) @Schema(description = "Ban chấp hành") Integer executiveCommitteeSeats,
        @Min(0) @Max(100) @Schema(description = "Ban thường vụ") Integer standingCommitteeSeats,
        @Min(0) @Max(100) @Schema(description = "Ủy ban kiểm tra") Integer inspectionCommissionSeats,
        @Schema(readOnly = true) Long version) {
}
