package vn.tochuc.org.discipline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.rest.RestructuringCaseRequest.ChildPlacement;

@Schema(name = "OrgDisciplineRequest", description = "A discipline decision on a party organization")
public record OrgDisciplineRequest(
        @NotNull UUID unitId,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z_]*", message = "must be an upper-case form code")
        @Schema(examples = "WARNING", description = "A form the rule org.discipline-forms allows on decidedOn: "
                + "REPRIMAND, WARNING or DISBANDMENT in the seeded versions") String form,
        @NotNull @Schema(examples = "2025-03-12") LocalDate decidedOn,
        @Schema(description = "When it takes effect; by default decidedOn. A disbandment dissolves the unit that day")
        LocalDate effectiveDate,
        @NotBlank @Size(max = 100) @Schema(examples = "45-QĐ/UBKTTU") String decisionNumber,
        @NotBlank @Size(max = 300) @Schema(examples = "Ủy ban Kiểm tra Tỉnh ủy") String decisionIssuer,
        @Schema(examples = "Vi phạm quy chế làm việc của cấp ủy") @NotBlank @Size(max = 2000) String reason,
        @Size(max = 1000) @Schema(description = "For a disbandment: where each child unit goes")
        List<@Valid @NotNull ChildPlacement> childPlacements) {
}
