package vn.tochuc.task.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;

/**
 * One unit's duty to send one period's report of a schedule. Created by generation only (one per schedule, unit
 * and period, enforced by a unique index); its state changes through the methods below.
 * <p>
 * Updated column by column ({@code DynamicUpdate}) and never writing {@code overdue_notified_at}, which the overdue
 * check sets with its own conditional update: a submission racing with that check must not clear it.
 */
@Entity
@Table(name = "report_obligation")
@DynamicUpdate
public class ReportObligation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "schedule_id", nullable = false)
    public UUID scheduleId;

    /** The reporting unit. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    /** The unit that owed it first, when it passed to a successor; null otherwise. */
    @Column(name = "original_unit_id")
    public UUID originalUnitId;

    @Column(name = "requesting_unit_id", nullable = false)
    public UUID requestingUnitId;

    @Column(nullable = false)
    public String subject;

    @Column(name = "period_code", nullable = false)
    public String periodCode;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObligationStatus status;

    @Column(name = "submission_count", nullable = false)
    public int submissionCount;

    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;

    /** The submission timeliness counts (see {@link ReportTimeliness}); null when none or the latest was returned. */
    @Column(name = "counted_submitted_at")
    public OffsetDateTime countedSubmittedAt;

    /** The Board's calendar day of {@link #countedSubmittedAt}, which the compliance view compares in SQL. */
    @Column(name = "counted_submitted_on")
    public LocalDate countedSubmittedOn;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    /** Why it was waived or cancelled. */
    @Column(name = "closed_reason")
    public String closedReason;

    @Column(name = "overdue_notified_at", insertable = false, updatable = false)
    public OffsetDateTime overdueNotifiedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The units that see it: the reporting unit and the requesting unit (each with the units above it). */
    public List<UUID> units() {
        return List.of(unitId, requestingUnitId);
    }

    public ReportTimeliness timeliness(LocalDate asOf) {
        return ReportTimeliness.of(status, dueOn, countedSubmittedOn, asOf);
    }

    /**
     * The unit sends its report (first time, or corrected after a return).
     *
     * @param day the Board's calendar day of {@code at}
     */
    ReportSubmission submit(String summary, String attachmentRef, String by, OffsetDateTime at, LocalDate day) {
        if (status != ObligationStatus.DUE && status != ObligationStatus.RETURNED) {
            throw transition("submit", status == ObligationStatus.SUBMITTED
                    ? ProblemText.of("obligation-why.waiting")
                    : ProblemText.of("obligation-why.closed").with("status", status));
        }
        ReportSubmission s = new ReportSubmission();
        s.id = UUID.randomUUID();
        s.obligationId = id;
        s.number = ++submissionCount;
        s.summary = summary;
        s.attachmentRef = attachmentRef;
        s.submittedAt = at;
        s.submittedBy = by;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        countedSubmittedAt = at;
        countedSubmittedOn = day;
        status = ObligationStatus.SUBMITTED;
        updatedAt = at;
        return s;
    }

    /** The requesting level sends the latest submission back for correction; it no longer counts as delivered. */
    void returnForCorrection(ReportSubmission latest, String reason, String by, OffsetDateTime at) {
        requireUnderReview("return");
        latest.reviewed(ReportSubmission.Outcome.RETURNED, reason, by, at);
        countedSubmittedAt = null;
        countedSubmittedOn = null;
        status = ObligationStatus.RETURNED;
        updatedAt = at;
    }

    /** The requesting level accepts the latest submission, which closes the obligation. */
    void accept(ReportSubmission latest, String by, OffsetDateTime at) {
        requireUnderReview("accept");
        latest.reviewed(ReportSubmission.Outcome.ACCEPTED, null, by, at);
        acceptedAt = at;
        status = ObligationStatus.ACCEPTED;
        updatedAt = at;
    }

    /** The requesting level excuses the unit from this period's report. */
    void waive(String reason, OffsetDateTime at) {
        close(ObligationStatus.WAIVED, reason, at);
    }

    /** The requesting level withdraws the obligation (it should not have existed). */
    void cancel(String reason, OffsetDateTime at) {
        close(ObligationStatus.CANCELLED, reason, at);
    }

    /**
     * The reporting unit ceased and {@code successor} takes over what it still owes (a merger, consolidation or
     * split); the first owner stays on record.
     */
    void passTo(UUID successor, OffsetDateTime at) {
        if (!status.open()) {
            throw transition("pass-on", ProblemText.of("obligation-why.already").with("status", status));
        }
        if (originalUnitId == null) {
            originalUnitId = unitId;
        }
        unitId = successor;
        updatedAt = at;
    }

    private void close(ObligationStatus to, String reason, OffsetDateTime at) {
        if (!status.open()) {
            throw transition(to == ObligationStatus.WAIVED ? "waive" : "cancel",
                    ProblemText.of("obligation-why.already").with("status", status));
        }
        status = to;
        closedReason = reason;
        updatedAt = at;
    }

    private void requireUnderReview(String action) {
        if (status != ObligationStatus.SUBMITTED) {
            throw transition(action, status == ObligationStatus.ACCEPTED
                    ? ProblemText.of("obligation-why.accepted")
                    : ProblemText.of("obligation-why.not-submitted").with("status", status));
        }
    }

    private ProblemException transition(String action, ProblemText why) {
        return ProblemException.conflict("invalid-transition", ProblemText.of("invalid-transition.obligation")
                .with("action", ProblemText.of("obligation-action." + action)).with("subject", subject)
                .with("period", periodCode).with("why", why));
    }
}
