package vn.tochuc.task.reporting;

import java.util.UUID;
import vn.tochuc.task.period.Period;

/** Filters of the obligation list; null means no filter. */
public record ObligationFilter(UUID unitId, UUID requestingUnitId, Period period, ObligationStatus status,
        UUID scheduleId) {
}
