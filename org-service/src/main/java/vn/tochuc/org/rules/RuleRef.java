package vn.tochuc.org.rules;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The version of a rule an answer rests on, as the client sees it. */
@Schema(name = "RuleRef", description = "The version of a rule a decision or a list rests on")
public record RuleRef(UUID id, String ruleKey, String documentNumber, LocalDate documentDate, String article,
        LocalDate validFrom, LocalDate validTo,
        @Schema(description = "True while the Board has still to confirm the version's figures from the official "
                + "text") boolean toConfirm,
        @Schema(examples = "QĐ 294-QĐ/TW (2025-05-26), in force from 2025-07-01 [to confirm: ...]") String citation) {

    public static RuleRef of(OrgRule rule) {
        return new RuleRef(rule.id(), rule.ruleKey(), rule.documentNumber(), rule.documentDate(), rule.article(),
                rule.validFrom(), rule.validTo(), rule.toConfirm(), rule.cite());
    }
}
