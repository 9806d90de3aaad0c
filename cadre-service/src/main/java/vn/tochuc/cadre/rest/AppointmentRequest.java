package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.AppointmentKind;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.PostLevel;

@Schema(name = "AppointmentRequest", description = "Bổ nhiệm, bầu, luân chuyển, biệt phái or bố trí lại a person "
        + "to a position of an org unit")
public record AppointmentRequest(
        @NotNull @Schema(description = "The person (GET /api/v1/persons/{id})") UUID personId,
        @NotNull @Schema(description = "org-service position id (chức danh)") UUID positionId,
        @Schema(description = "The position's org unit; optional, since the position implies it. When sent it "
                + "must be the position's unit (known from org-service, ACTIVE, in effect on startDate)")
        UUID orgUnitId,
        @NotNull @Schema(description = "APPOINTED, ELECTED, ROTATED_IN, SECONDED_IN or REARRANGED")
        AppointmentKind kind,
        @NotNull @Schema(description = "First day the seat is held", examples = "2025-07-01") LocalDate startDate,
        @Schema(description = "End of the term (nhiệm kỳ), if known; after startDate") LocalDate plannedEndDate,
        @Valid @Schema(description = "Quyết định bổ nhiệm") Decision decision,
        @Schema(description = "The post against the posts the person holds on startDate: HIGHER, EQUAL (also a "
                + "reappointment) or LOWER. Decides which window of a discipline bar applies; by default HIGHER, "
                + "and always HIGHER for someone holding no post") PostLevel postLevel) {

    /** The same request naming {@code unit}: the position's own unit, when the caller left it out. */
    public AppointmentRequest withOrgUnitId(UUID unit) {
        return new AppointmentRequest(personId, positionId, unit, kind, startDate, plannedEndDate, decision, postLevel);
    }
}
