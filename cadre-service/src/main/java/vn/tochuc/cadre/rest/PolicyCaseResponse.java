package vn.tochuc.cadre.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.PolicyCaseKind;
import vn.tochuc.cadre.domain.PolicyCaseStatus;

@Schema(name = "PolicyCaseResponse", description = "A policy case with its steps, oldest first")
public record PolicyCaseResponse(UUID id, UUID personId, String personName, PolicyCaseKind kind, String legalBasis,
        LocalDate proposedDate, PolicyCaseStatus status, LocalDate statusOn, Decision decision, String note,
        List<Step> history, long version) {

    @Schema(name = "PolicyCaseStep")
    public record Step(PolicyCaseStatus from, PolicyCaseStatus to, LocalDate on, Decision decision, String note,
            String actor) {
    }
}
