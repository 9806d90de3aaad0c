package vn.tochuc.org.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.org.domain.Decision;

@Schema(name = "CreateOrgUnit", description = "A new organization unit (thành lập tổ chức)")
public record CreateOrgUnitRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "may hold only letters A-Z, digits, '.', '_' and '-', starting with a letter or digit")
        @Schema(examples = "TU-VP", description = "Stable business code, unique regardless of case")
        String code,

        @NotBlank @Size(max = 300)
        @Schema(examples = "Tỉnh ủy Vĩnh Phúc")
        String name,

        @Size(max = 100)
        @Schema(examples = "TU")
        String shortName,

        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an upper-case kind code")
        @Schema(examples = "PROVINCIAL_PARTY_COMMITTEE", description = "Kind code (loại tổ chức)")
        String kind,

        @Schema(description = "The parent unit (tổ chức cấp trên); absent for a root")
        UUID parentId,

        @Schema(description = "The day the unit takes effect; today when absent", examples = "2020-10-15")
        LocalDate validFrom,

        @Valid @Schema(description = "The founding decision (quyết định thành lập)")
        Decision foundingDecision) {
}
