package vn.tochuc.task.congress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CongressPlanRequest", description = "Opens the preparation plan of a unit's congress for a term")
public record CongressPlanRequest(
        @NotNull @Schema(description = "The party organization (GET /api/v1/org-units)") UUID orgUnitId,
        @NotNull @Pattern(regexp = "^[0-9]{4}-[0-9]{4}$", message = "must be a term written YYYY-YYYY, e.g. 2025-2030")
        @Schema(examples = "2025-2030") String term,
        @Schema(description = "Default: the rule's type for the unit's kind") CongressType congressType,
        @Schema(description = "Đại hội điểm; default false") Boolean pilot,
        @Schema(description = "Checked against the rules in force on that day", examples = "2025-07-15")
        LocalDate plannedDate) {

    NewCongressPlan toCommand() {
        return new NewCongressPlan(orgUnitId, term, congressType, Boolean.TRUE.equals(pilot), plannedDate);
    }
}
