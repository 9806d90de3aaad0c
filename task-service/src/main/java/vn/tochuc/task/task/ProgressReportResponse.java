package vn.tochuc.task.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressReport")
public record ProgressReportResponse(UUID id, UUID taskId, BigDecimal percent,
        @Schema(examples = "Đã tổ chức xong đại hội 120/150 chi bộ trực thuộc") String text,
        @Schema(examples = "docstore://bao-cao/2025/q1/huyen-uy-tam-duong.pdf") String attachmentRef,
        LocalDate reportedOn, @Schema(examples = "tran.viet.cuong") String reportedBy, OffsetDateTime reportedAt) {

    static ProgressReportResponse of(ProgressReport r) {
        return new ProgressReportResponse(r.id, r.taskId, r.percent, r.text, r.attachmentRef, r.reportedOn,
                r.reportedBy, r.reportedAt);
    }
}
