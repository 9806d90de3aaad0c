package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.Decision;

@Schema(name = "CreatePosition", description = "A new position (chức danh) in a unit")
public record CreatePositionRequest(
        @NotNull @Schema(description = "The unit the position belongs to") UUID orgUnitId,
        @NotBlank @Size(max = 60) @Schema(examples = "DEPUTY_SECRETARY",
                description = "Title code; GET /api/v1/position-titles lists them") String titleCode,
        @NotNull @Min(value = 1, message = "must be at least 1: a position has at least one seat")
        @Max(value = 1000, message = "must be at most 1000") @Schema(examples = "3") Integer seats,
        @NotBlank @Size(max = 300) @Schema(examples = "Ban Thường vụ Tỉnh ủy",
                description = "The body that manages appointments to it (cấp quản lý)") String managingBody,
        @Schema(description = "The day it takes effect; today when absent", examples = "2025-07-01")
        LocalDate validFrom,
        @Valid @Schema(description = "The decision that set it up") Decision decision) {
}
