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
        @NotNull @Schema(description = "PARTY (kỷ luật đảng), CADRE (kỷ luật cán bộ) or CIVIL_SERVICE (kỷ luật "
                + "công chức)")
        DisciplineSystem system,
        @NotNull @Schema(description = "As the rule cadre.discipline-forms.<system> in force on the decision's date "
                + "allows (GET /api/v1/rules/cadre). Party member: REPRIMAND, WARNING, REMOVAL_FROM_POST, EXPULSION "
                + "(probationary: the first two). Cadre: REPRIMAND, WARNING, REMOVAL_FROM_POST, RECALL. Civil "
                + "servant: REPRIMAND, WARNING, REMOVAL_FROM_POST, DISMISSAL; SALARY_STEP_DEMOTION and DEMOTION only "
                + "for decisions before 2025-07-01. REMOVAL_FROM_POST (and DEMOTION) only for someone holding a post "
                + "on effectiveOn") DisciplineForm form,
        @NotNull @Valid @Schema(description = "Number, date and issuing body (cơ quan ra quyết định), all required")
        Decision decision,
        @NotNull @Schema(description = "Ngày có hiệu lực; the bar on appointment starts here") LocalDate effectiveOn,
        @NotBlank @Size(max = 2000) @Schema(examples = "Vi phạm quy chế làm việc của cấp ủy",
                description = "Lý do kỷ luật (confidential: not in the event)")
        String reason,
        @Schema(description = "First day planning and appointment are allowed again; by default effectiveOn plus "
                + "the periods of the rule cadre.discipline-bars.<system> in force on the decision's date; when set, both "
                + "windows end on it") LocalDate barredUntil,
        @Schema(description = "The person's unit for the register; by default the current unit of the CV")
        UUID orgUnitId) {
}
