package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyActivity;

@Schema(name = "MembershipSummary", description = "The person's party membership in brief, as of the read: the way "
        + "from a CV or a list to the membership (GET /api/v1/party-members/{id}) without another search. The "
        + "membership current now; a person who left and was admitted again shows the newest one. Absent for a "
        + "person who was never admitted. Its changes do not change the CV's ETag: read the membership itself "
        + "when its stage matters.")
public record MembershipSummary(
        @Schema(description = "The membership id, for /api/v1/party-members/{id}") UUID id,
        MembershipStage stage,
        PartyActivity activity,
        @Schema(description = "The cell the member belongs to") UUID cellId,
        @Schema(examples = "Chi bộ Trường THPT Trần Phú",
                description = "The cell's name, as this service last heard it from org-service") String cellName,
        LocalDate admittedOn,
        @Schema(description = "From this day the cell may recognise full membership") LocalDate fullMembershipDueOn,
        LocalDate fullMembershipOn,
        LocalDate leftOn) {
}
