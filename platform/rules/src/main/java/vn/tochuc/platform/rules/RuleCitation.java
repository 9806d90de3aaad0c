package vn.tochuc.platform.rules;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which rule version judged a decision: kept with the decision and returned in answers, so a decision made before a
 * change still reads as it was judged.
 */
@Schema(name = "RuleCitation", description = "The rule version that judged a decision, and its legal basis")
public record RuleCitation(
        @Schema(description = "Rule code", example = "cadre.discipline-bars") String rule,
        @Schema(description = "Id of the rule version") UUID versionId,
        @Schema(description = "First day the version is in force") LocalDate validFrom,
        RuleBasis basis,
        @Schema(description = "True when the figures are not confirmed from the official text yet") boolean toConfirm,
        @Schema(description = "The basis as one line, with '(to confirm)' when so",
                example = "377-QĐ/TW (2025-10-08), Điều 5 (to confirm)") String text) {

    public static RuleCitation of(RuleVersion v) {
        RuleBasis basis = v.basis();
        return new RuleCitation(v.ruleCode, v.id, v.validFrom, basis, v.toConfirm,
                basis.cite() + (v.toConfirm ? " (to confirm)" : ""));
    }
}
