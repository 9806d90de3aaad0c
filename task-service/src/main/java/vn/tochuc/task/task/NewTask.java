package vn.tochuc.task.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A root task to write: the unit that carries it out ({@code leadUnitId}, chủ trì), the unit that gives it
 * ({@code assigningUnitId}; the lead unit itself when null), cooperating units (phối hợp) and the cadre
 * responsible (a cadre-service person id and name, as given). {@code weight} and {@code rollUpMethod} default to 1
 * and WEIGHTED. {@code assignedOn}, a past day a province-wide role records, writes the task as assigned on that day
 * (a task of a past term); null writes a draft.
 */
public record NewTask(UUID documentId, TaskKind kind, String title, String description, UUID leadUnitId,
        Set<UUID> cooperatingUnitIds, UUID assigningUnitId, UUID cadreId, String cadreName, LocalDate deadline,
        String expectedResult, BigDecimal weight, RollUpMethod rollUpMethod, LocalDate assignedOn) {
}
