package vn.tochuc.task.target;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.task.period.Period;

@Schema(name = "MeasurementRequest", description = "A unit's figure for a period: value, or numerator and "
        + "denominator (> 0) for a RATIO target")
public record MeasurementRequest(
        @NotNull @Schema(description = "The measuring unit: the owning unit or one below it") UUID unitId,
        @NotBlank @Size(max = 7) @Schema(description = "2024-Q1, 2024-H1 or 2024, within the target's term",
                examples = "2024") String period,
        @Digits(integer = 14, fraction = 4) @Schema(examples = "1850") BigDecimal value,
        @Digits(integer = 14, fraction = 4) @Schema(examples = "412") BigDecimal numerator,
        @Digits(integer = 14, fraction = 4) @Schema(examples = "450") BigDecimal denominator,
        @Size(max = 4000) @Schema(description = "What the figure rests on", examples = "Báo cáo số 215-BC/HU")
        String evidence,
        @Size(max = 500) @Schema(examples = "docstore://bao-cao/2024/huyen-uy-tam-duong.pdf",
                description = "A reference to the evidence (document number, file)") String evidenceRef) {

    NewMeasurement toCommand() {
        return new NewMeasurement(unitId, Period.parse("period", period), value, numerator, denominator, evidence,
                evidenceRef);
    }
}
