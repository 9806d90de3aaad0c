package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.AppointmentEndReason;
import vn.tochuc.cadre.domain.AppointmentKind;
import vn.tochuc.cadre.domain.Decision;

@Schema(name = "Appointment", description = "A person holding a seat of a position (chức vụ đang giữ hoặc đã thôi)")
public record AppointmentResponse(UUID id, UUID personId, @Schema(examples = "Nguyễn Trung Hải") String personName,
        UUID positionId,
        @Schema(examples = "Bí thư Thành ủy",
                description = "Tên chức danh, from org-service's position events") String positionTitle,
        UUID orgUnitId, @Schema(examples = "Thành ủy Vĩnh Yên") String orgUnitName, AppointmentKind kind,
        LocalDate startDate, LocalDate plannedEndDate,
        Decision decision,
        @Schema(description = "First day no longer held; absent while held") LocalDate endDate,
        AppointmentEndReason endReason, Decision endDecision,
        @Schema(description = "Set when the unit ceased: awaiting re-arrangement (chờ bố trí lại)")
        OffsetDateTime flaggedAt,
        @Schema(examples = "Thành ủy Vĩnh Yên kết thúc hoạt động từ 01/7/2025") String flagReason,
        List<UUID> successorUnitIds,
        @Schema(description = "The new appointment that placed the person again, clearing the flag")
        UUID rearrangedBy, long version) {
}
