package vn.tochuc.cadre.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.Decision;
import vn.tochuc.cadre.domain.PartyActivity;

@Schema(name = "ActivityRequest", description = "Miễn sinh hoạt, đình chỉ sinh hoạt, or back to normal activity")
public record ActivityRequest(
        @NotNull PartyActivity activity,
        @NotNull LocalDate effectiveOn,
        @Schema(examples = "Tuổi cao, sức khỏe yếu, đề nghị miễn sinh hoạt đảng") @Size(max = 500) String reason,
        @Valid Decision decision) {
}
