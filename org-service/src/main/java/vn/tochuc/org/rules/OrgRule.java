package vn.tochuc.org.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of one of org-service's rules as a decision reads it: what it says ({@code values}), from when to
 * when, on which legal basis, and whether the Board still has to confirm its figures.
 */
public record OrgRule(UUID id, String ruleKey, String documentNumber, LocalDate documentDate, String article,
        LocalDate validFrom, LocalDate validTo, boolean toConfirm, JsonNode values) {

    /** How an answer names the version: "QĐ 294-QĐ/TW (2025-05-26), art. …, from 2025-07-01 [to confirm]". */
    public String cite() {
        return documentNumber + (documentDate == null ? "" : " (" + documentDate + ")")
                + (article == null || article.isBlank() ? "" : ", " + article)
                + ", in force from " + validFrom + (validTo == null ? "" : " to " + validTo.minusDays(1))
                + (toConfirm ? " [to confirm: the Board has not confirmed these figures]" : "");
    }
}
