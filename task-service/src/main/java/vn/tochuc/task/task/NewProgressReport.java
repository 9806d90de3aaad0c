package vn.tochuc.task.task;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Progress a lead unit reports: a percent from 0 to 100, what was done, where the evidence is (optional), and the day
 * it was reported ({@code reportedOn}: a past day a province-wide role records; today when null).
 */
public record NewProgressReport(BigDecimal percent, String text, String attachmentRef, LocalDate reportedOn) {
}
