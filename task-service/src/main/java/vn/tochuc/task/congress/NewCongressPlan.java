package vn.tochuc.task.congress;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan to open for a unit's congress of a term. {@code congressType} null takes the rule's default for the
 * unit's kind; {@code plannedDate} null leaves the date to be set later.
 */
public record NewCongressPlan(UUID unitId, String term, CongressType congressType, boolean pilot,
        LocalDate plannedDate) {
}
