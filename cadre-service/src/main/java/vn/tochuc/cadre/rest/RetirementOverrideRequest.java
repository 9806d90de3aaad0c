package vn.tochuc.cadre.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.RetirementOverride;

@Schema(name = "RetirementOverrideRequest", description = "A decision that a person retires earlier or later than the "
        + "statutory roadmap, on a ground the rule cadre.retirement-overrides in force on decidedOn allows")
public record RetirementOverrideRequest(
        @NotNull UUID personId,
        @NotNull @Schema(description = "EARLY (nghỉ hưu trước tuổi) or LATER (ở tuổi cao hơn)")
        RetirementOverride.Kind kind,
        @NotBlank @Size(max = 60) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "must be a ground code such as "
                + "HEAVY_HAZARDOUS_WORK (GET /api/v1/rules/cadre/cadre.retirement-overrides)")
        @Schema(description = "A ground of the rule version, e.g. HEAVY_HAZARDOUS_WORK, FEMALE_LISTED_LEADER")
        String ground,
        @NotNull @Schema(description = "The day of retirement the decision sets", example = "2027-06-30")
        LocalDate retiresOn,
        @NotBlank @Size(max = 100) @Schema(example = "123/QĐ-UBND") String decisionNumber,
        @NotNull @Schema(description = "The day of the decision; its rule version is the one in force that day")
        LocalDate decidedOn,
        @Size(max = 300) @Schema(examples = "Ban Thường vụ Tỉnh ủy",
                description = "Who decided, e.g. Ban Thường vụ Tỉnh ủy") String decidedBy,
        @Schema(examples = "Theo đề nghị của Ban Tổ chức Tỉnh ủy") @Size(max = 2000) String note) {
}
