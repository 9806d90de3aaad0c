package vn.tochuc.task.target;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementCorrection", description = "The corrected figure; the replaced one stays on record and "
        + "the new one needs a new verification")
public record CorrectionRequest(
        @Digits(integer = 14, fraction = 4) BigDecimal value,
        @Digits(integer = 14, fraction = 4) BigDecimal numerator,
        @Digits(integer = 14, fraction = 4) BigDecimal denominator,
        @Schema(examples = "Số liệu quý IV bổ sung") @Size(max = 4000) String evidence,
        @Schema(examples = "docstore://bao-cao/2024/huyen-uy-tam-duong-bo-sung.pdf")
        @Size(max = 500) String evidenceRef,
        @NotBlank @Size(max = 1000) @Schema(examples = "Số liệu quý IV bổ sung") String reason) {

    Correction toCommand() {
        return new Correction(value, numerator, denominator, evidence, evidenceRef, reason.strip());
    }
}
