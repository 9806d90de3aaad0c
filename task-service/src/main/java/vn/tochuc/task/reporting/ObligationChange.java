package vn.tochuc.task.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportObligationChange", description = "One entry of the mobile sync feed: an obligation to store, "
        + "or to remove")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObligationChange(
        UUID id,
        @Schema(description = "UPSERT: store this obligation; REMOVED: drop it (cancelled, or no longer one of "
                + "your units')") Kind change,
        @Schema(description = "When it changed; the largest one seen is the next call's since") OffsetDateTime changedAt,
        @Schema(description = "The obligation as it now stands, for UPSERT") ObligationResponse obligation) {

    /** Named for the combined document, where every service's change feeds share it (UPSERT or REMOVED). */
    @Schema(name = "ChangeKind")
    public enum Kind {
        UPSERT,
        REMOVED
    }

    static ObligationChange of(ObligationChanges.Change c, java.time.LocalDate today) {
        return c.removed() ? new ObligationChange(c.obligationId(), Kind.REMOVED, c.at(), null)
                : new ObligationChange(c.obligationId(), Kind.UPSERT, c.at(), ObligationResponse.of(c.obligation(), today));
    }
}
