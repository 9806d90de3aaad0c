package vn.tochuc.task.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceDocumentRequest", description = "A resolution, directive, conclusion, plan or action programme "
        + "to record. Name the issuer by issuerUnitId (a unit of the tree) or issuerName (an outside body).")
public record DocumentRequest(
        @NotBlank @Size(max = 100) @Schema(description = "Number and symbol as written", examples = "01-NQ/ĐH")
        String numberSymbol,
        @NotNull DocumentKind kind,
        @NotBlank @Size(max = 1000) @Schema(examples = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII") String title,
        @Schema(description = "The issuing unit (GET /api/v1/org-units)") UUID issuerUnitId,
        @Size(max = 300) @Schema(description = "An issuing body outside the tree", examples = "Ban Chấp hành Trung ương")
        String issuerName,
        @NotNull @Schema(examples = "2020-10-15") LocalDate issuedOn,
        @Pattern(regexp = "^[0-9]{4}-[0-9]{4}$", message = "must be a term written YYYY-YYYY, e.g. 2020-2025")
        @Schema(examples = "2020-2025") String term,
        @Schema(description = "The document this one replaces") UUID replacesId,
        @Schema(description = "With replacesId: the ETag (version) of the replaced document as you read it")
        Long replacesVersion) {

    NewDocument toCommand() {
        return new NewDocument(numberSymbol, kind, title, issuerUnitId, issuerName, issuedOn, term, replacesId,
                replacesVersion);
    }
}
