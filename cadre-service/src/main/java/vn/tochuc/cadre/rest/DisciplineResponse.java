package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.DisciplineForm;
import vn.tochuc.cadre.domain.DisciplineSystem;

@Schema(name = "Discipline", description = "Một quyết định kỷ luật and the period it bars planning and appointment")
public record DisciplineResponse(UUID id, UUID personId, String personName, DisciplineSystem system,
        DisciplineForm form, UUID orgUnitId, String orgUnitName, Decision decision, LocalDate effectiveOn,
        String reason, LocalDate barredFrom,
        @Schema(description = "First day planning and appointment are allowed again") LocalDate barredUntil,
        @Schema(description = "Appointments this decision ended (cách chức); only in the answer to the decision")
        List<UUID> endedAppointmentIds, long version) {

    /** As shown to a caller who may not read confidential assessments (ConfidentialAssessments). */
    public DisciplineResponse withoutReason() {
        return new DisciplineResponse(id, personId, personName, system, form, orgUnitId, orgUnitName, decision,
                effectiveOn, null, barredFrom, barredUntil, endedAppointmentIds, version);
    }
}
