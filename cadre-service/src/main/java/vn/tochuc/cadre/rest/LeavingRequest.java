package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.LeaveReason;

@Schema(name = "LeavingRequest", description = "Khai trừ, xóa tên, cho ra khỏi Đảng, or death")
public record LeavingRequest(
        @NotNull LeaveReason reason,
        @NotNull @Schema(description = "First day the person is no longer a member") LocalDate effectiveOn,
        @Valid Decision decision) {
}
