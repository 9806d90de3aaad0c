package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.AppointmentEndReason;
import vn.tochuc.cadre.domain.Decision;

@Schema(name = "AppointmentEndRequest", description = "Miễn nhiệm, luân chuyển đi, biệt phái đi, hết nhiệm kỳ, nghỉ "
        + "hưu ...: the person no longer holds the seat from endDate")
public record AppointmentEndRequest(
        @NotNull @Schema(description = "First day the seat is no longer held; after startDate") LocalDate endDate,
        @NotNull AppointmentEndReason reason,
        @Valid Decision decision) {
}
