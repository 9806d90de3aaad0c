package vn.tochuc.cadre.domain;

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
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A person's party membership (đảng tịch) as it stands now; its steps are {@link MembershipHistory} rows. */
@Entity
@Table(name = "party_membership")
public class PartyMembership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    /** Số lý lịch đảng viên. */
    @Column(name = "record_number")
    public String recordNumber;

    /** Số thẻ đảng viên, given on recognition as a full member. */
    @Column(name = "card_number")
    public String cardNumber;

    @Column(name = "admitted_on", nullable = false)
    public LocalDate admittedOn;

    @Column(name = "admission_cell_id", nullable = false)
    public UUID admissionCellId;

    /** JSON array of {@link Sponsor}. */
    @Column(nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    public String sponsors;

    /** JSON {@link Decision}, or null. */
    @Column(name = "admission_decision")
    @ColumnTransformer(write = "?::jsonb")
    public String admissionDecision;

    @Column(name = "full_membership_due_on", nullable = false)
    /**
     * The day the probation ends (rule cadre.full-membership, from the admission ceremony): once recognised, the
     * member is full as of this day, whenever the cell decides.
     */
    public LocalDate fullMembershipDueOn;

    @Column(name = "full_membership_on")
    public LocalDate fullMembershipOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyActivity activity;

    /** The cell the member officially belongs to now. */
    @Column(name = "cell_id", nullable = false)
    public UUID cellId;

    /** The cell the member attends temporarily (sinh hoạt tạm thời), if any. */
    @Column(name = "temporary_cell_id")
    public UUID temporaryCellId;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason")
    public LeaveReason leaveReason;

    /** Set when the cell ceased with no single successor: the member waits for manual placement. */
    @Column(name = "placement_flagged_at")
    public OffsetDateTime placementFlaggedAt;

    @Column(name = "placement_note")
    public String placementNote;

    /** JSON array of the ceased cell's successor ids, the candidates for placement. */
    @Column(name = "placement_candidates")
    @ColumnTransformer(write = "?::jsonb")
    public String placementCandidates;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * Every column of {@code party_membership}, in the order of {@link #columnValues()}: what an import's admissions
     * send with COPY instead of Hibernate's insert ({@code Admissions.admitAll}). A field added above needs its
     * column here; {@code ImportedPersonTest} compares this list with the table's columns and an imported row with
     * one the API wrote.
     */
    public static final String[] COLUMNS = {"id", "person_id", "record_number", "card_number", "admitted_on",
        "admission_cell_id", "sponsors", "admission_decision", "full_membership_due_on", "full_membership_on",
        "stage", "activity", "cell_id", "temporary_cell_id", "left_on", "leave_reason", "placement_flagged_at",
        "placement_note", "placement_candidates", "version", "created_at", "updated_at"};

    /** The row's values as Hibernate writes them (enums by name), in the order of {@link #COLUMNS}. */
    public Object[] columnValues() {
        return new Object[] {id, personId, recordNumber, cardNumber, admittedOn, admissionCellId, sponsors,
            admissionDecision, fullMembershipDueOn, fullMembershipOn, stage == null ? null : stage.name(),
            activity == null ? null : activity.name(), cellId, temporaryCellId, leftOn,
            leaveReason == null ? null : leaveReason.name(), placementFlaggedAt, placementNote, placementCandidates,
            version, createdAt, updatedAt};
    }

    /** The person was a full member on the day (recognised as of it or before, and had not left). */
    public static boolean fullOn(UUID personId, LocalDate day) {
        return count("personId = ?1 and fullMembershipOn <= ?2 and (leftOn is null or leftOn > ?2)", personId,
                day) > 0;
    }

    public static Optional<PartyMembership> currentOf(UUID personId) {
        return find("personId = ?1 and stage <> ?2", personId, MembershipStage.LEFT).firstResultOptional();
    }
}
