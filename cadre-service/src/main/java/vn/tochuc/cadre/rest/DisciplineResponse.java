package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.DisciplineForm;
import vn.tochuc.cadre.domain.DisciplineSystem;

@Schema(name = "Discipline", description = "Một quyết định kỷ luật and the period it bars planning and appointment")
public record DisciplineResponse(UUID id, UUID personId, @Schema(examples = "Nguyễn Thanh Tùng") String personName,
        DisciplineSystem system,
        DisciplineForm form, UUID orgUnitId, @Schema(examples = "Huyện ủy Tam Dương") String orgUnitName,
        Decision decision, LocalDate effectiveOn,
        @Schema(examples = "Vi phạm quy chế làm việc của cấp ủy") String reason, LocalDate barredFrom,
        @Schema(description = "First day planning and appointment to any post are allowed again") LocalDate barredUntil,
        @Schema(description = "First day appointment or planning to a higher post is allowed again; null when not "
                + "barred") LocalDate higherPostsBarredUntil,
        @Schema(description = "First day appointment, reappointment or planning to an equal or higher post is "
                + "allowed again; null when not barred") LocalDate equalPostsBarredUntil,
        @Schema(description = "The text the periods come from, as judged when decided",
                example = "377-QĐ/TW (2025-10-08) (to confirm)") String barBasis,
        @Schema(description = "Ids of the rule versions that judged the decision (forms, bars)")
        UUID formRuleVersionId, UUID barRuleVersionId,
        @Schema(description = "Appointments this decision ended (cách chức); only in the answer to the decision")
        List<UUID> endedAppointmentIds, long version) {

    /** As shown to a caller who may not read confidential assessments (ConfidentialAssessments). */
    public DisciplineResponse withoutReason() {
        return new DisciplineResponse(id, personId, personName, system, form, orgUnitId, orgUnitName, decision,
                effectiveOn, null, barredFrom, barredUntil, higherPostsBarredUntil, equalPostsBarredUntil, barBasis,
                formRuleVersionId, barRuleVersionId, endedAppointmentIds, version);
    }
}
