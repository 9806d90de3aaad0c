package vn.tochuc.org.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Regulation", description = "A regulation of a unit (quy định, quy chế)")
public record RegulationBody(
        @Schema(readOnly = true) UUID id,
        @NotNull UUID orgUnitId,
        @NotBlank @Pattern(regexp = "FUNCTIONS_AND_TASKS|WORKING_RULES|WORKING_RELATIONS",
                message = "must be FUNCTIONS_AND_TASKS, WORKING_RULES or WORKING_RELATIONS")
        @Schema(description = "Chức năng nhiệm vụ, quy chế làm việc or mối quan hệ công tác") String type,
        @NotBlank @Size(max = 100) @Schema(examples = "05-QĐ/TU") String number,
        @Schema(examples = "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII")
        @NotBlank @Size(max = 500) String title,
        @Size(max = 300) @Schema(examples = "Ban Thường vụ Tỉnh ủy") String issuer,
        @NotNull LocalDate issuedOn,
        @NotNull LocalDate effectiveFrom,
        @Schema(readOnly = true) LocalDate effectiveTo,
        @Schema(examples = "IN_FORCE", readOnly = true, description = "IN_FORCE, REPLACED or REPEALED") String status,
        @Schema(description = "The regulation this one replaces; it stays on record as REPLACED") UUID replacesId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(writeOnly = true, description = "Required with replacesId: the version (ETag) of the replaced "
                + "regulation as you read it. 428 without it, 412 when that regulation changed since.")
        Long replacesVersion,
        @Schema(readOnly = true) Long version) {
}
