package vn.tochuc.task.reporting;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportSubmission")
public record SubmissionResponse(UUID id, int number, String summary, String attachmentRef,
        OffsetDateTime submittedAt, String submittedBy,
        @Schema(description = "Absent while under review") ReportSubmission.Outcome outcome,
        OffsetDateTime reviewedAt, String reviewedBy, String returnReason) {

    static SubmissionResponse of(ReportSubmission s) {
        return new SubmissionResponse(s.id, s.number, s.summary, s.attachmentRef, s.submittedAt, s.submittedBy,
                s.outcome, s.reviewedAt, s.reviewedBy, s.returnReason);
    }
}
