package vn.tochuc.task.urging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An urging notice to issue: by {@code issuingUnitId}, for tasks it assigned (it or a unit below it). */
public record NewUrgingNotice(UUID issuingUnitId, List<UUID> taskIds, String text, LocalDate responseDeadline) {
}
