package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;

@Schema(name = "PlanningRequest", description = "Quy hoạch: plan a person for an org-service position, or for a "
        + "title of an org unit that has no such position yet, in a term")
public record PlanningRequest(
        @NotNull @Schema(description = "The person (GET /api/v1/persons/{id})") UUID personId,
        @Schema(description = "org-service position id known to this service; give it, or titleCode and orgUnitId")
        UUID positionId,
        @Size(max = 60) @Pattern(regexp = "[A-Z0-9_]+", message = "must be an upper-case title code such as "
                + "SECRETARY") @Schema(description = "Title code (chức danh) when no positionId is given",
                examples = "DEPUTY_SECRETARY") String titleCode,
        @Schema(description = "The unit; required with titleCode, and if given with positionId it must be the "
                + "position's unit") UUID orgUnitId,
        @NotBlank @Size(max = 9) @Schema(description = "Nhiệm kỳ: five years starting in a year divisible by 5",
                examples = "2025-2030") String term,
        @Schema(description = "The day planning was decided; today by default. The discipline bar is checked on it")
        LocalDate plannedOn,
        @Valid @Schema(description = "Quyết định phê duyệt quy hoạch") Decision decision) {
}
