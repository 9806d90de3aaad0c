package vn.tochuc.org.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateJobPosition", description = "A job position (vị trí việc làm) of a unit")
public record JobPositionRequest(
        @NotNull UUID orgUnitId,
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "may hold only letters A-Z, digits, '.', '_' and '-', starting with a letter or digit")
        @Schema(examples = "VTVL-TC-01", description = "Unique among the unit's open job positions, any case")
        String code,
        @NotBlank @Size(max = 300) @Schema(examples = "Chuyên viên theo dõi công tác cán bộ") String name,
        @NotBlank @Size(max = 100) @Schema(examples = "Chuyên viên chính", description = "Required grade (ngạch)")
        String requiredGrade,
        @NotNull @Min(value = 1, message = "must be at least 1") @Max(10000) @Schema(examples = "2") Integer count,
        @Schema(description = "The day it takes effect; today when absent") LocalDate validFrom) {
}
