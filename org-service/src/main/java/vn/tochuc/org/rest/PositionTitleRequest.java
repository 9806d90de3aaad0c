package vn.tochuc.org.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatePositionTitle", description = "A new position title (chức danh)")
public record PositionTitleRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case code "
                + "of letters A-Z, digits and '_', e.g. PROPAGANDA_HEAD") @Schema(examples = "PROPAGANDA_HEAD")
        String code,
        @NotBlank @Size(max = 200) @Schema(examples = "Trưởng Ban Tuyên giáo") String nameVi,
        @NotBlank @Size(max = 200) @Schema(examples = "Head of the propaganda board") String nameEn,
        @Min(0) @Max(100000) @Schema(description = "Place in lists and reports; after the others when absent")
        Integer sortOrder) {
}
