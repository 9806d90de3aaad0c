package vn.tochuc.org.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnitChange", description = "One entry of the org units' sync feed: a unit to store, or to remove")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrgUnitChange(
        UUID id,
        @Schema(description = "UPSERT: store this unit; REMOVED: drop it, the unit ceased (merged, consolidated, "
                + "split or dissolved; its history stays readable at /api/v1/org-units/{id}/history)")
        Kind change,
        @Schema(description = "When it changed; the largest one seen is the next call's since") OffsetDateTime changedAt,
        @Schema(description = "The unit as of today (as of the day it is established, if later), for UPSERT")
        OrgUnitResponse unit) {

    public enum Kind {
        UPSERT,
        REMOVED
    }
}
