package vn.tochuc.task.congress;

import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CongressScheduleRequest", description = "What to change of a plan; absent fields stay as they are")
public record ScheduleRequest(
        @Schema(description = "Checked against the rules in force on that day", examples = "2025-07-15")
        LocalDate plannedDate,
        CongressType congressType,
        Boolean pilot) {

    @AssertTrue(message = "name at least one of plannedDate, congressType, pilot")
    @Schema(hidden = true)
    public boolean isSomethingToChange() {
        return plannedDate != null || congressType != null || pilot != null;
    }

    PlanChange toCommand() {
        return new PlanChange(plannedDate, congressType, pilot);
    }
}
