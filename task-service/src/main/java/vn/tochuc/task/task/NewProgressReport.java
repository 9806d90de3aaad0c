package vn.tochuc.task.task;

import java.math.BigDecimal;

/** Progress a lead unit reports: a percent from 0 to 100, what was done, and where the evidence is (optional). */
public record NewProgressReport(BigDecimal percent, String text, String attachmentRef) {
}
