package vn.tochuc.task.urging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UrgingNotice", description = "An urging notice; tasks lists those your units see.")
public record UrgingNoticeResponse(UUID id, UUID issuingUnitId, int year, int number, LocalDate issuedOn,
        @Schema(examples = "Đề nghị Ban Tổ chức Huyện ủy khẩn trương hoàn thành và báo cáo")
        String text, LocalDate responseDeadline, int taskCount, List<Line> tasks,
        @Schema(examples = "tran.viet.cuong") String issuedBy, long version,
        OffsetDateTime issuedAt) {

    @Schema(name = "UrgingNoticeTask", description = "A task of the notice as it stood on the day of the notice")
    public record Line(UUID taskId,
            @Schema(examples = "Tổ chức thành công Đại hội Đảng các cấp nhiệm kỳ 2025-2030") String title,
            UUID leadUnitId, UUID assigningUnitId, LocalDate deadline,
            @Schema(description = "How many notices the task had received with this one") int noticeCount,
            @Schema(description = "The unit this notice escalated the task to, if it did") UUID escalatedToUnitId) {
    }

    static UrgingNoticeResponse of(UrgingNoticeService.NoticeView v) {
        UrgingNotice n = v.notice();
        return new UrgingNoticeResponse(n.id, n.issuingUnitId, n.year, n.number, n.issuedOn, n.text,
                n.responseDeadline, n.taskCount, v.tasks().stream().map(l -> new Line(l.taskId, l.title, l.leadUnitId,
                        l.assigningUnitId, l.deadline, l.noticeCount, v.escalated().containsKey(l.taskId)
                        ? v.escalated().get(l.taskId).addressedUnitId : null)).toList(),
                n.issuedBy, n.version, n.issuedAt);
    }
}
