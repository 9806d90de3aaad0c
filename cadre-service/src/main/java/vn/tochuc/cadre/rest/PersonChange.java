package vn.tochuc.cadre.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonChange", description = "One entry of the mobile sync feed: a person to store, or to remove")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonChange(
        UUID id,
        @Schema(description = "UPSERT: store this person; REMOVED: drop it, the record left your org units")
        Kind change,
        @Schema(description = "When it changed; the largest one seen is the next call's since") OffsetDateTime changedAt,
        @Schema(description = "The person as now, for UPSERT") PersonSummary person) {

    /** Named for the combined document, where every service's change feeds share it (UPSERT or REMOVED). */
    @Schema(name = "ChangeKind")
    public enum Kind {
        UPSERT,
        REMOVED
    }
}
