package vn.tochuc.task.task;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressReportRequest")
public record ProgressRequest(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(examples = "60")
        BigDecimal percent,
        @NotBlank @Size(max = 4000) @Schema(examples = "Đã tổ chức xong đại hội 120/150 chi bộ trực thuộc") String text,
        @Size(max = 1000) @Schema(examples = "docstore://bao-cao/2025/q1/huyen-uy-tam-duong.pdf",
                description = "Where the evidence is: a URL or a document id") String attachmentRef,
        @Schema(description = "To record a report made in the past (province-wide roles only): the day it was made, "
                + "not after today nor before the task was assigned; today when absent", examples = "2021-12-20")
        LocalDate reportedOn) {

    NewProgressReport toCommand() {
        return new NewProgressReport(percent, text, attachmentRef, reportedOn);
    }
}
