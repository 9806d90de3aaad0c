package vn.tochuc.task.reporting;

import java.util.Set;
import java.util.UUID;
import vn.tochuc.task.period.PeriodKind;

/**
 * A report the requesting unit asks for every period. The audience is either {@code unitKind} (every active unit
 * of that kind below the requesting unit) or {@code units} (a list of units below it); {@code dueDaysAfterEnd}
 * null means {@link ReportSchedule#DEFAULT_DUE_DAYS}.
 */
public record NewSchedule(UUID requestingUnitId, String subject, UUID sourceDocumentId, PeriodKind periodKind,
        String unitKind, Set<UUID> units, Integer dueDaysAfterEnd) {
}
