package vn.tochuc.platform.rules;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of a rule, as an administrator sends it (or the service's seed file holds it). */
@Schema(name = "NewRuleVersion", description = "A new version of a rule: from when, under which text, with which "
        + "values. Versions are never changed: to correct one, add a version with the same validFrom.")
public record NewRuleVersion(
        @NotNull @Schema(description = "First day the version is in force (ngày có hiệu lực)", example = "2026-01-01")
        LocalDate validFrom,
        @Schema(description = "Last day in force, only when the text itself ends it; otherwise it runs until the "
                + "next version") LocalDate validTo,
        @NotNull @Valid RuleBasis basis,
        @Schema(description = "True when the figures still have to be checked against the official text")
        boolean toConfirm,
        @Size(max = 2000) @Schema(examples = "Theo Quy định 377-QĐ/TW; thời hạn cần xác nhận lại",
                description = "Why the version was added, or what is uncertain") String note,
        @NotNull @Schema(description = "The rule's values; their shape is the rule's own (see the rule's "
                + "description and its current version)", examples = "{\"kinds\": {\"PROVINCIAL_PARTY_COMMITTEE\": "
                + "[], \"GRASSROOTS_PARTY_COMMITTEE\": [\"PROVINCIAL_PARTY_COMMITTEE\"]}}") JsonNode values) {
}
