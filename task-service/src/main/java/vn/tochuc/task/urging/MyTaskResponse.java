package vn.tochuc.task.urging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.task.task.Task;
import vn.tochuc.task.task.TaskKind;
import vn.tochuc.task.task.TaskStatus;

@Schema(name = "MyTask", description = "A task of one of your units' lists, with how late it is as of today")
public record MyTaskResponse(UUID id,
        @Schema(examples = "Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ 2025-2030") String title, TaskKind kind,
        UUID leadUnitId, UUID assigningUnitId,
        LocalDate deadline, TaskStatus status, BigDecimal progress,
        @Schema(description = "Days from today to the deadline; 0 on the day and when overdue") long daysLeft,
        @Schema(description = "Days past the deadline; 0 when not overdue") long daysOverdue,
        @Schema(description = "Urging notices the task has received") int noticeCount, long version) {

    static MyTaskResponse of(Task t, LocalDate today, int noticeCount) {
        long left = ChronoUnit.DAYS.between(today, t.deadline);
        return new MyTaskResponse(t.id, t.title, t.kind, t.leadUnitId, t.assigningUnitId, t.deadline, t.status,
                t.progress, Math.max(left, 0), Math.max(-left, 0), noticeCount, t.version);
    }
}
