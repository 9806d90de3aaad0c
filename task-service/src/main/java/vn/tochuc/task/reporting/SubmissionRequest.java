package vn.tochuc.task.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportSubmissionRequest")
public record SubmissionRequest(
        @NotBlank @Size(max = 10000) @Schema(examples = "Báo cáo công tác tổ chức xây dựng Đảng quý I năm 2025",
                description = "The report's text or summary") String summary,
        @Size(max = 500) @Schema(description = "Where the report's file is kept (a document-store reference)",
                examples = "docstore://bao-cao/2025/q1/huyen-uy-tam-duong.pdf") String attachmentRef,
        @Schema(description = "To record a report sent in the past (province-wide roles only): the day it was sent, "
                + "not after today nor before the period's start; timeliness counts from it. Today when absent",
                examples = "2025-04-10") LocalDate submittedOn) {
}
