package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.Sponsor;

@Schema(name = "AdmissionRequest", description = "Kết nạp đảng viên: admission as a probationary member")
public record AdmissionRequest(
        @NotNull @Schema(description = "The person admitted (GET /api/v1/persons/{id})") UUID personId,
        @NotNull @Schema(description = "Ngày kết nạp", examples = "2025-05-19") LocalDate admittedOn,
        @NotNull @Schema(description = "Chi bộ kết nạp: an org unit known from org-service") UUID cellId,
        @NotNull @Size(min = 2, max = 2, message = "must name the two sponsors (người giới thiệu)")
        List<@NotNull @Valid Sponsor> sponsors,
        @Size(max = 30) @Schema(examples = "26.012345", description = "Số lý lịch đảng viên") String recordNumber,
        @Valid @Schema(description = "Quyết định kết nạp") Decision decision,
        @Schema(description = "True when a higher committee approved admitting someone older than the rule "
                + "cadre.admission allows (over 60, counted by month)") Boolean approvedByHigherCommittee) {
}
