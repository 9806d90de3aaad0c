package vn.tochuc.task.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressReport")
public record ProgressReportResponse(UUID id, UUID taskId, BigDecimal percent, String text, String attachmentRef,
        LocalDate reportedOn, String reportedBy, OffsetDateTime reportedAt) {

    static ProgressReportResponse of(ProgressReport r) {
        return new ProgressReportResponse(r.id, r.taskId, r.percent, r.text, r.attachmentRef, r.reportedOn,
                r.reportedBy, r.reportedAt);
    }
}
