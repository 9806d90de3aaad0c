package vn.tochuc.platform.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The legal text a rule version comes from (căn cứ pháp lý): document number, date of issue, article. */
@Schema(name = "RuleBasis", description = "Căn cứ: the text that sets a rule version")
public record RuleBasis(
        @NotBlank @Size(max = 200) @Schema(description = "Number and symbol, e.g. 377-QĐ/TW", example = "377-QĐ/TW")
        String document,
        @Schema(description = "Date of issue (ngày ban hành)", example = "2025-10-08") LocalDate issuedOn,
        @Size(max = 300) @Schema(description = "Article and clause (điều, khoản)", example = "Điều 5, khoản 2")
        String article,
        @Size(max = 500) @Schema(examples = "Quy định thi hành Điều lệ Đảng",
                description = "Title of the text") String title) {

    /** "QĐ 377-QĐ/TW (2025-10-08), Điều 5, khoản 2": how an answer names the text. */
    public String cite() {
        StringBuilder text = new StringBuilder(document);
        if (issuedOn != null) {
            text.append(" (").append(issuedOn).append(')');
        }
        if (article != null && !article.isBlank()) {
            text.append(", ").append(article);
        }
        return text.toString();
    }
}
