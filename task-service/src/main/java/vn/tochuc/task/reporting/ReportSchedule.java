package vn.tochuc.task.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.task.period.Period;
import vn.tochuc.task.period.PeriodKind;

/** What a unit asks the units below it to report every period (a quarterly, half-yearly or yearly report). */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule extends PanacheEntityBase {

    /**
     * Days from a period's last day to the due date when the schedule does not say: 15, so a quarter's report is
     * due on the 15th of the month after it (2025-Q1 on 2025-04-15), and a year's on 15 January.
     */
    public static final int DEFAULT_DUE_DAYS = 15;

    @Id
    public UUID id;

    @Column(name = "requesting_unit_id", nullable = false)
    public UUID requestingUnitId;

    @Column(nullable = false)
    public String subject;

    @Column(name = "source_document_id")
    public UUID sourceDocumentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    public PeriodKind periodKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportAudience audience;

    @Column(name = "audience_unit_kind")
    public String audienceUnitKind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_schedule_unit", joinColumns = @JoinColumn(name = "schedule_id"))
    @Column(name = "unit_id")
    public Set<UUID> listedUnits = new HashSet<>();

    @Column(name = "due_days_after_end", nullable = false)
    public int dueDaysAfterEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScheduleStatus status;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static ReportSchedule define(NewSchedule s) {
        ReportSchedule schedule = new ReportSchedule();
        schedule.id = UUID.randomUUID();
        schedule.requestingUnitId = s.requestingUnitId();
        schedule.subject = s.subject().strip();
        schedule.sourceDocumentId = s.sourceDocumentId();
        schedule.periodKind = s.periodKind();
        if (s.unitKind() != null && !s.unitKind().isBlank()) {
            schedule.audience = ReportAudience.ALL_OF_KIND;
            schedule.audienceUnitKind = s.unitKind().strip();
        } else {
            schedule.audience = ReportAudience.LISTED;
            schedule.listedUnits.addAll(s.units());
        }
        schedule.dueDaysAfterEnd = s.dueDaysAfterEnd() == null ? DEFAULT_DUE_DAYS : s.dueDaysAfterEnd();
        schedule.status = ScheduleStatus.ACTIVE;
        schedule.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        schedule.updatedAt = schedule.createdAt;
        return schedule;
    }

    /** The day a period's report is due. */
    public LocalDate dueOn(Period period) {
        return period.end().plusDays(dueDaysAfterEnd);
    }

    /** Refuses a period of another kind than the schedule's, and an ended schedule. */
    void requireGenerates(Period period) {
        if (period.kind() != periodKind) {
            throw ProblemException.invalid("period", ProblemText.of("field.schedule-period").with("kind", periodKind)
                    .with("example", switch (periodKind) {
                        case QUARTER -> "2025-Q1";
                        case HALF_YEAR -> "2025-H1";
                        case YEAR -> "2025";
                    }));
        }
        if (status != ScheduleStatus.ACTIVE) {
            throw ProblemException.conflict("schedule-ended", ProblemText.of("schedule-ended")
                    .with("subject", subject));
        }
    }

    /** Stops generating obligations for later periods. */
    void end() {
        if (status == ScheduleStatus.ENDED) {
            throw ProblemException.conflict("schedule-ended", ProblemText.of("schedule-ended.already")
                    .with("subject", subject));
        }
        status = ScheduleStatus.ENDED;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
