package vn.tochuc.cadre.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProtectionNoteWithdrawal", description = "Why a note no longer stands (found wrong, superseded)")
public record ProtectionNoteWithdrawal(
        @Schema(examples = "Đã được cơ quan có thẩm quyền kết luận") @NotBlank @Size(max = 1000) String reason) {
}
