package vn.tochuc.platform.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The rule event contract (catalog: docs/events/asyncapi.yaml, channel rule). Each service publishes the versions
 * of its own rules on its own topic, tochuc.&lt;service&gt;.rule (key = rule code), so a consumer that keeps a copy
 * gets every version in the order it was recorded.
 */
public final class RuleEvents {

    public static final String VERSION_ADDED_V1 = "vn.tochuc.rule.version-added.v1";

    private RuleEvents() {
    }

    /**
     * A version recorded, by an administrator through the API or by the service's seed. {@code values} is the
     * rule's own JSON (its shape is described per rule in the owning service's API document).
     */
    public record VersionAddedV1(String rule, String title, UUID versionId, LocalDate validFrom, LocalDate validTo,
            RuleBasis basis, boolean toConfirm, String note, JsonNode values, boolean seeded,
            OffsetDateTime recordedAt) {
    }
}
