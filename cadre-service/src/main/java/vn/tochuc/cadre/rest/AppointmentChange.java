package vn.tochuc.cadre.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppointmentChange", description = "One entry of the appointments' sync feed: an appointment to "
        + "store, or to remove")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppointmentChange(
        UUID id,
        @Schema(description = "UPSERT: store this appointment (started, ended, flagged, or its person joined your "
                + "units); REMOVED: drop it, its person's record left your org units")
        Kind change,
        @Schema(description = "When it changed; the largest one seen is the next call's since") OffsetDateTime changedAt,
        @Schema(description = "The appointment as now, for UPSERT") AppointmentResponse appointment) {

    public enum Kind {
        UPSERT,
        REMOVED
    }
}
