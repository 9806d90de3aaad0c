package vn.tochuc.task.task;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task the service gives a unit by itself (e.g. "kiện toàn chức danh còn thiếu" when a seat falls vacant).
 * {@code systemKey} names what it is about (e.g. {@code vacancy:<positionId>}) so the event that settles it can close
 * it; one open task per key.
 */
public record NewSystemTask(String systemKey, TaskKind kind, String title, String description, UUID leadUnitId,
        UUID assigningUnitId, LocalDate deadline, String expectedResult, UUID documentId) {
}
