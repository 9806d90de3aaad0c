package vn.tochuc.task.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Gives a task to units below its lead unit: every active unit of {@code unitKind} in the subtree, or the units
 * listed. Each gets a child task due on {@code deadline} (the parent's when null) with {@code weight} (1 when null),
 * assigned on {@code assignedOn} (a past day a province-wide role records; today when null).
 */
public record NewAssignment(String unitKind, List<UUID> unitIds, LocalDate deadline, BigDecimal weight,
        LocalDate assignedOn) {
}
