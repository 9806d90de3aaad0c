package vn.tochuc.task.task;

import java.time.LocalDate;
import java.util.UUID;

/** What a task list is narrowed to; null fields do not filter. The deadline window includes both days. */
public record TaskFilter(UUID documentId, UUID leadUnitId, UUID assigningUnitId, TaskStatus status,
        Timeliness timeliness, UUID parentId, LocalDate deadlineFrom, LocalDate deadlineTo) {
}
