package vn.tochuc.task.task;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskAssignmentRequest", description = "Whom to give the task to: unitKind (every active unit of that "
        + "kind below the task's lead unit) or unitIds (units below it, in your scope), not both.")
public record AssignmentRequest(
        @Size(max = 60) @Schema(examples = "DISTRICT_PARTY_COMMITTEE") String unitKind,
        @Size(max = 10000) List<UUID> unitIds,
        @Schema(description = "The children's deadline: not before today, not after the task's; the task's when "
                + "absent") LocalDate deadline,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 3)
        @Schema(description = "Each child's weight in the roll-up; 1 when absent") BigDecimal weight,
        @Schema(description = "To record an assignment made in the past (province-wide roles only): the day it was "
                + "made, not after today nor before the task was assigned; today when absent",
                examples = "2021-01-15") LocalDate assignedOn) {

    NewAssignment toCommand() {
        return new NewAssignment(unitKind, unitIds, deadline, weight, assignedOn);
    }
}
