package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;

@Schema(name = "PlanningRemovalRequest", description = "Đưa ra khỏi quy hoạch: why and from when")
public record PlanningRemovalRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "Không còn đủ tuổi tái cử theo quy định",
                description = "Lý do (confidential: not in the event)") String reason,
        @Schema(description = "The day of removal; today by default; not before plannedOn") LocalDate removedOn,
        @Valid Decision decision) {
}
