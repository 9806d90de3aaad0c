package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.DisciplineForm;
import vn.tochuc.cadre.domain.DisciplineSystem;

@Schema(name = "DisciplineRequest", description = "Quyết định kỷ luật: party or civil-service discipline of a person")
public record DisciplineRequest(
        @NotNull @Schema(description = "The person disciplined") UUID personId,
        @NotNull @Schema(description = "PARTY (kỷ luật đảng) or CIVIL_SERVICE (kỷ luật công chức)")
        DisciplineSystem system,
        @NotNull @Schema(description = "Party member: REPRIMAND, WARNING, REMOVAL_FROM_POST, EXPULSION (probationary: "
                + "the first two). Civil servant: REPRIMAND, WARNING, REMOVAL_FROM_POST, DISMISSAL; "
                + "SALARY_STEP_DEMOTION and DEMOTION only for decisions before 2025-07-01") DisciplineForm form,
        @NotNull @Valid @Schema(description = "Number, date and issuing body (cơ quan ra quyết định), all required")
        Decision decision,
        @NotNull @Schema(description = "Ngày có hiệu lực; the bar on appointment starts here") LocalDate effectiveOn,
        @NotBlank @Size(max = 2000) @Schema(description = "Lý do kỷ luật (confidential: not in the event)")
        String reason,
        @Schema(description = "First day planning and appointment are allowed again; by default effectiveOn plus "
                + "the configured period of the form") LocalDate barredUntil,
        @Schema(description = "The person's unit for the register; by default the current unit of the CV")
        UUID orgUnitId) {
}
