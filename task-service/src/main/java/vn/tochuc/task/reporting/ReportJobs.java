package vn.tochuc.task.reporting;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.tochuc.task.calendar.BoardCalendar;

/**
 * The service's own runs, on every replica: each day after midnight (Board calendar) it makes the current
 * period's obligations of every active schedule, and announces the obligations that became overdue. Both are safe
 * to run twice at once: generation inserts with {@code on conflict do nothing}, the overdue check claims rows with a
 * conditional update; so no leader election is needed. The times are configuration ({@code off} disables a run).
 */
@ApplicationScoped
public class ReportJobs {

    private static final Logger LOG = Logger.getLogger(ReportJobs.class);

    private final ReportScheduleService schedules;
    private final ReportObligationService obligations;
    private final BoardCalendar calendar;

    ReportJobs(ReportScheduleService schedules, ReportObligationService obligations, BoardCalendar calendar) {
        this.schedules = schedules;
        this.obligations = obligations;
        this.calendar = calendar;
    }

    @Scheduled(identity = "report-obligations", cron = "${tochuc.task.reporting.generate-cron:0 5 0 * * ?}",
            timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void generateCurrentPeriods() {
        int created = 0;
        for (var id : schedules.activeScheduleIds()) {
            try {
                ReportScheduleService.Generated g = schedules.generateCurrentPeriod(id, calendar.today());
                created += g == null ? 0 : g.created().size();
            } catch (RuntimeException e) {
                // One schedule's failure must not stop the others; the next run tries it again.
                LOG.errorf(e, "Could not make the current period's obligations of report schedule %s", id);
            }
        }
        LOG.infof("Report obligations of the current periods: %d created", created);
    }

    @Scheduled(identity = "report-overdue", cron = "${tochuc.task.reporting.overdue-cron:0 15 0 * * ?}",
            timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void announceOverdue() {
        LOG.infof("Report obligations newly overdue: %d", obligations.notifyOverdue().size());
    }
}
