package vn.tochuc.task.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.event.Outbox;

/**
 * Publishes what happens to report schedules and obligations on {@code tochuc.task.report}, in the change's
 * transaction. Key: the obligation id (the schedule id for schedule events), so one obligation's events stay in
 * order.
 */
@ApplicationScoped
public class ReportEvents {

    public static final String TOPIC = "tochuc.task.report";
    public static final String SCHEDULED = "vn.tochuc.task.report.scheduled.v1";
    public static final String SCHEDULE_ENDED = "vn.tochuc.task.report.schedule-ended.v1";
    public static final String DUE = "vn.tochuc.task.report.due.v1";
    public static final String SUBMITTED = "vn.tochuc.task.report.submitted.v1";
    public static final String RETURNED = "vn.tochuc.task.report.returned.v1";
    public static final String ACCEPTED = "vn.tochuc.task.report.accepted.v1";
    public static final String WAIVED = "vn.tochuc.task.report.waived.v1";
    public static final String CANCELLED = "vn.tochuc.task.report.cancelled.v1";
    public static final String OVERDUE = "vn.tochuc.task.report.overdue.v1";
    public static final String TRANSFERRED = "vn.tochuc.task.report.transferred.v1";

    /** A schedule as integrators see it. */
    public record ScheduleData(UUID scheduleId, UUID requestingUnitId, String subject, UUID sourceDocumentId,
            String periodKind, String audience, String unitKind, List<UUID> units, int dueDaysAfterEnd,
            String status) {

        static ScheduleData of(ReportSchedule s) {
            return new ScheduleData(s.id, s.requestingUnitId, s.subject, s.sourceDocumentId, s.periodKind.name(),
                    s.audience.name(), s.audienceUnitKind, s.listedUnits.stream().sorted().toList(), s.dueDaysAfterEnd,
                    s.status.name());
        }
    }

    /**
     * An obligation as integrators see it in every event. {@code reason}: why it was returned, waived or cancelled
     * (null otherwise); {@code previousUnitId}: the unit it passed from (transferred only).
     */
    public record ObligationData(UUID obligationId, UUID scheduleId, String subject, UUID unitId,
            UUID requestingUnitId, String period, LocalDate dueOn, String status, int submissionCount,
            OffsetDateTime submittedAt, OffsetDateTime acceptedAt, String reason, UUID previousUnitId) {

        static ObligationData of(ReportObligation o, String reason, UUID previousUnitId) {
            return new ObligationData(o.id, o.scheduleId, o.subject, o.unitId, o.requestingUnitId, o.periodCode,
                    o.dueOn, o.status.name(), o.submissionCount, o.countedSubmittedAt, o.acceptedAt, reason,
                    previousUnitId);
        }

        static ObligationData of(ReportObligation o) {
            return of(o, null, null);
        }
    }

    private final Outbox outbox;

    ReportEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void schedule(String type, ReportSchedule s) {
        outbox.publish(TOPIC, s.id.toString(), type, ScheduleData.of(s));
    }

    void obligation(String type, ReportObligation o, ObligationData data) {
        outbox.publish(TOPIC, o.id.toString(), type, data);
    }

    /** Many obligations' events in one batch (generation, the overdue check). */
    void obligations(String type, List<ReportObligation> obligations) {
        outbox.publishAll(obligations.stream().map(o -> new Outbox.Pending(TOPIC, o.id.toString(), type,
                ObligationData.of(o))).toList());
    }
}
