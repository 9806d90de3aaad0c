package vn.tochuc.cadre.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.cadre.domain.ProtectionNote.Category;

@Schema(name = "ProtectionNoteRequest", description = "A political-protection note (ghi chú bảo vệ chính trị nội bộ)")
public record ProtectionNoteRequest(
        @NotNull @Schema(description = "The person the note is about") UUID personId,
        @NotNull @Schema(description = "POLITICAL_HISTORY, FAMILY_RELATIONS, FOREIGN_RELATIONS, VERIFICATION or "
                + "CONCLUSION") Category category,
        @Schema(examples = "Nội dung thẩm tra, xác minh lịch sử chính trị (mật)")
        @NotBlank @Size(max = 20000) String content,
        @Size(max = 300) @Schema(examples = "Công văn 15-CV/BTCTU ngày 10/3/2025",
                description = "The document the finding rests on (số, ngày văn bản)") String source,
        @NotNull @PastOrPresent @Schema(description = "The day the finding was made") LocalDate recordedOn) {
}
