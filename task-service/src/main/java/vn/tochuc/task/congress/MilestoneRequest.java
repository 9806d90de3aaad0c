package vn.tochuc.task.congress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CongressMilestoneRequest", description = "A milestone reached, and the day it was reached")
public record MilestoneRequest(
        @NotNull @Schema(description = "Not after today", examples = "2025-06-20") LocalDate date,
        @Min(1) @Max(200) @Schema(description = "With CONGRESS_HELD: đại hội lần thứ ... (18 = XVIII)")
        Integer congressOrdinal) {
}
