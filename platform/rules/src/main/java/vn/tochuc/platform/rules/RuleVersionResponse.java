package vn.tochuc.platform.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuleVersion", description = "One version of a rule, the text that sets it and when it is in force")
public record RuleVersionResponse(UUID id, @Schema(examples = "org.unit-kinds") String rule,
        @Schema(description = "First day in force") LocalDate validFrom,
        @Schema(description = "Last day in force as the text sets it; null when it runs until the next version")
        LocalDate validTo,
        @Schema(description = "Last day it is (or was) in force, counting the versions after it; null while open; "
                + "null too for a superseded version") LocalDate inForceUntil,
        @Schema(description = "A later-recorded version with the same validFrom corrects this one, which then never "
                + "judges anything") boolean superseded,
        @Schema(description = "In force on the day asked for (asOf, by default today)") boolean inForce,
        RuleBasis basis,
        @Schema(description = "The basis as an answer cites it", example = "377-QĐ/TW (2025-10-08), Điều 5 (to confirm)")
        String citation,
        @Schema(description = "The figures still have to be checked against the official text") boolean toConfirm,
        @Schema(examples = "Theo Quy định 377-QĐ/TW; thời hạn cần xác nhận lại") String note,
        @Schema(description = "The rule's values", examples = "{\"kinds\": {\"PROVINCIAL_PARTY_COMMITTEE\": [], "
                + "\"GRASSROOTS_PARTY_COMMITTEE\": [\"PROVINCIAL_PARTY_COMMITTEE\"]}}") JsonNode values,
        @Schema(description = "Shipped with the service (seed) rather than added through the API") boolean seeded,
        OffsetDateTime recordedAt,
        @Schema(examples = "tran.viet.cuong",
                description = "Who recorded it: the administrator's token subject, or seed:<file>") String recordedBy) {
}
