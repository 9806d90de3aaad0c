package vn.tochuc.task.congress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CongressRulesRequest", description = "A version of a term's congress schedule rules, resting on a "
        + "document. With replacesId (and If-Match: the ETag of that version) it corrects an earlier version.")
public record CongressRuleRequest(
        @NotNull @Pattern(regexp = "^[0-9]{4}-[0-9]{4}$", message = "must be a term written YYYY-YYYY, e.g. 2025-2030")
        @Schema(examples = "2025-2030") String term,
        @NotBlank @Size(max = 300) @Schema(examples = "Đại hội đảng bộ các cấp theo Chỉ thị 45-CT/TW") String name,
        @NotBlank @Size(max = 100) @Schema(description = "Number and symbol of the legal basis", examples = "45-CT/TW")
        String basisNumber,
        @NotNull @Schema(examples = "2025-04-14") LocalDate basisDate,
        @Size(max = 2000) @Schema(examples = "Mục 2, Chỉ thị 45-CT/TW",
                description = "Articles or passages the rules rest on") String basisNote,
        @NotNull @Schema(description = "First day the version judges congresses", examples = "2025-04-14")
        LocalDate validFrom,
        @NotNull @Size(min = 1, max = 50) @Valid List<@NotNull Level> levels,
        @Schema(description = "The version this one corrects") UUID replacesId) {

    @Schema(name = "CongressLevelRule", description = "The rule for the congresses of one kind of unit")
    public record Level(
            @NotBlank @Size(max = 60) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be an org-unit kind "
                    + "code such as GRASSROOTS_PARTY_CELL (GET /api/v1/org-unit-kinds)")
            @Schema(examples = "GRASSROOTS_PARTY_CELL") String unitKind,
            @NotNull @Schema(description = "Last day the congress may be held", examples = "2025-07-31")
            LocalDate deadline,
            @NotNull @Schema(description = "Whether it must come before the congress of the unit above")
            Boolean beforeSuperior,
            @NotNull @Min(0) @Max(365) Integer minDaysBeforeSuperior,
            @NotNull @Min(0) @Max(260) Integer planLeadWorkingDays,
            @NotNull @Min(0) @Max(260) Integer documentsLeadWorkingDays,
            @NotNull @Min(0) @Max(260) @Schema(description = "The standing committee above approves the personnel "
                    + "plan at least this many working days (Mon-Fri) before the congress") Integer personnelLeadWorkingDays,
            @NotNull @Schema(description = "Whether the congress is recorded held only after the personnel plan was "
                    + "approved") Boolean heldRequiresPersonnel,
            @NotNull CongressType defaultCongressType) {

        NewRuleSet.Level toCommand() {
            return new NewRuleSet.Level(unitKind, deadline, beforeSuperior, minDaysBeforeSuperior,
                    planLeadWorkingDays, documentsLeadWorkingDays, personnelLeadWorkingDays, heldRequiresPersonnel,
                    defaultCongressType);
        }
    }

    NewRuleSet toCommand(String ifMatch) {
        return new NewRuleSet(term, name.strip(), basisNumber.strip(), basisDate, basisNote, validFrom,
                levels.stream().map(Level::toCommand).toList(), replacesId, ifMatch);
    }
}
