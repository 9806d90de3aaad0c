package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.LeaveReason;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartyActivity;
import vn.tochuc.cadre.domain.Sponsor;

@Schema(name = "PartyMembership", description = "Đảng tịch: a person's party membership as it stands")
public record MembershipResponse(UUID id, UUID personId, @Schema(examples = "Nguyễn Trung Hải") String personName,
        @Schema(examples = "26.012345") String recordNumber, @Schema(examples = "26012345") String cardNumber,
        LocalDate admittedOn, UUID admissionCellId, List<Sponsor> sponsors, Decision admissionDecision,
        @Schema(description = "From this day the cell may recognise full membership") LocalDate fullMembershipDueOn,
        LocalDate fullMembershipOn, MembershipStage stage, PartyActivity activity, UUID cellId,
        UUID temporaryCellId, LocalDate leftOn, LeaveReason leaveReason, long version) {
}
