package vn.tochuc.task.reporting;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportSubmission")
public record SubmissionResponse(UUID id, int number,
        @Schema(examples = "Báo cáo công tác tổ chức xây dựng Đảng quý I năm 2025") String summary,
        @Schema(examples = "docstore://bao-cao/2025/q1/huyen-uy-tam-duong.pdf") String attachmentRef,
        OffsetDateTime submittedAt, @Schema(examples = "tran.viet.cuong") String submittedBy,
        @Schema(description = "Absent while under review") ReportSubmission.Outcome outcome,
        OffsetDateTime reviewedAt, @Schema(examples = "tran.viet.cuong") String reviewedBy,
        @Schema(examples = "Thiếu số liệu kết nạp đảng viên quý I") String returnReason) {

    static SubmissionResponse of(ReportSubmission s) {
        return new SubmissionResponse(s.id, s.number, s.summary, s.attachmentRef, s.submittedAt, s.submittedBy,
                s.outcome, s.reviewedAt, s.reviewedBy, s.returnReason);
    }
}
