package vn.tochuc.task.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One report a unit sent for an obligation, and what the requesting level made of it. Never deleted. */
@Entity
@Table(name = "report_submission")
public class ReportSubmission extends PanacheEntityBase {

    public enum Outcome {
        RETURNED,
        ACCEPTED
    }

    @Id
    public UUID id;

    @Column(name = "obligation_id", nullable = false)
    public UUID obligationId;

    /** 1 for the first submission of the obligation, 2 for the resubmission after a return, ... */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String summary;

    /** Where the report's file is kept (a document-store reference); this service does not hold files. */
    @Column(name = "attachment_ref")
    public String attachmentRef;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** Null while the requesting level has not reviewed it. */
    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "return_reason")
    public String returnReason;

    void reviewed(Outcome result, String reason, String reviewer, OffsetDateTime at) {
        outcome = result;
        returnReason = reason;
        reviewedBy = reviewer;
        reviewedAt = at;
    }
}
