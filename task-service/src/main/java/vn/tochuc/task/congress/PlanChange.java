package vn.tochuc.task.congress;

import java.time.LocalDate;

/** What to change of a plan; a null field stays as it is. */
public record PlanChange(LocalDate plannedDate, CongressType congressType, Boolean pilot) {
}
