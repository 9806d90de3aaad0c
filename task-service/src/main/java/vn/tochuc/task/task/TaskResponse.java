package vn.tochuc.task.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Task")
public record TaskResponse(UUID id, UUID rootId, UUID parentId, UUID documentId, TaskKind kind,
        @Schema(examples = "Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ 2025-2030") String title,
        @Schema(examples = "Chỉ đạo, hướng dẫn tổ chức đại hội chi bộ, đảng bộ cơ sở theo Chỉ thị 45-CT/TW")
        String description, UUID leadUnitId, List<UUID> cooperatingUnitIds, UUID assigningUnitId, UUID cadreId,
        @Schema(examples = "Trần Việt Cường")
        String cadreName, LocalDate deadline,
        @Schema(examples = "100% tổ chức cơ sở đảng tổ chức xong đại hội đúng kế hoạch") String expectedResult,
        BigDecimal weight, RollUpMethod rollUpMethod,
        TaskStatus status,
        @Schema(examples = "Chưa có báo cáo kết quả đại hội cấp cơ sở",
                description = "Why it was last returned, held, cancelled or closed as not completed")
        String statusReason,
        @Schema(description = "The percent its lead unit last reported") BigDecimal progress,
        @Schema(description = "Its children's progress combined (accepted children count 100, cancelled ones not); "
                + "its own progress while no child counts") BigDecimal rolledUpProgress,
        LocalDate assignedOn,
        @Schema(description = "The day the assigning level accepted it") LocalDate completedOn,
        @Schema(description = "Derived from the dates as of today (Asia/Ho_Chi_Minh); null for drafts and cancelled "
                + "tasks") Timeliness timeliness,
        @Schema(description = "The status steps allowed now (who may take them: see the steps operation)")
        Set<TaskStep> allowedSteps,
        String systemKey,
        @Schema(description = "The lead unit before the task first passed to a successor unit (restructuring); null "
                + "when it never did") UUID originalLeadUnitId,
        @Schema(description = "The assigning unit before the task first passed to a successor unit")
        UUID originalAssigningUnitId,
        long version, OffsetDateTime updatedAt) {

    static TaskResponse of(Task t, LocalDate today) {
        return new TaskResponse(t.id, t.rootId, t.parentId, t.documentId, t.kind, t.title, t.description,
                t.leadUnitId, Arrays.asList(t.cooperatingUnitIds), t.assigningUnitId, t.cadreId, t.cadreName,
                t.deadline, t.expectedResult, t.weight, t.rollUpMethod, t.status, t.statusReason, t.progress,
                t.rolledUpProgress, t.assignedOn, t.completedOn, t.timelinessOn(today), t.allowedSteps(), t.systemKey,
                t.originalLeadUnitId, t.originalAssigningUnitId, t.version, t.updatedAt);
    }
}
