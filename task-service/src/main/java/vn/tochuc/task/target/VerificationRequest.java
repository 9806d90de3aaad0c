package vn.tochuc.task.target;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeasurementVerification")
public record VerificationRequest(
        @Schema(description = "The day of verification; today when absent") LocalDate verifiedOn) {
}
