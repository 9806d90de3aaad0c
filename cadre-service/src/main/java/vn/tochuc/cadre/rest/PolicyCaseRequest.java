package vn.tochuc.cadre.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.PolicyCaseKind;

@Schema(name = "PolicyCaseRequest", description = "Đề nghị tinh giản biên chế or nghỉ hưu trước tuổi for a person")
public record PolicyCaseRequest(
        @NotNull @Schema(description = "The person (GET /api/v1/persons/{id})") UUID personId,
        @NotNull @Schema(description = "STAFF_REDUCTION or EARLY_RETIREMENT") PolicyCaseKind kind,
        @NotBlank @Size(max = 2000) @Schema(examples = "Điểm a khoản 1 Điều 2 Nghị định 178/2024/NĐ-CP",
                description = "Căn cứ pháp lý, e.g. Điểm a khoản 1 Điều 2 Nghị định "
                + "178/2024/NĐ-CP") String legalBasis,
        @NotNull @Schema(description = "The day the person would leave", examples = "2026-07-01")
        LocalDate proposedDate,
        @NotNull @Schema(description = "The day of the proposal; before proposedDate") LocalDate proposedOn,
        @Schema(examples = "Nghỉ hưu trước tuổi theo nguyện vọng") @Size(max = 2000) String note) {
}
