package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.PolicyCaseStatus;

@Schema(name = "PolicyCaseStepRequest", description = "Move a case on: PROPOSED -> APPROVED (with the decision) -> "
        + "DONE, or to REJECTED / WITHDRAWN")
public record PolicyCaseStepRequest(
        @NotNull @Schema(description = "APPROVED, DONE, REJECTED or WITHDRAWN") PolicyCaseStatus status,
        @NotNull @Schema(description = "The day of the step; not before the previous step") LocalDate on,
        @Valid @Schema(description = "Quyết định; required (number, date, issuer) to approve") Decision decision,
        @Schema(examples = "Ban Thường vụ Tỉnh ủy đồng ý") @Size(max = 2000) String note) {
}
