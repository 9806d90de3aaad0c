package vn.tochuc.task.congress;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CongressSubtreePlanRequest", description = "Plans the congresses of a unit and every party "
        + "organization below it")
public record SubtreePlanRequest(
        @NotNull UUID orgUnitId,
        @NotNull @Pattern(regexp = "^[0-9]{4}-[0-9]{4}$", message = "must be a term written YYYY-YYYY, e.g. 2025-2030")
        @Schema(examples = "2025-2030") String term) {
}
