package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One edge of lineage: {@code predecessor} became (part of) {@code successor} on a date, by a case. */
@Entity
@Table(name = "org_unit_lineage")
public class OrgUnitLineage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "predecessor_id", nullable = false)
    public UUID predecessorId;

    @Column(name = "successor_id", nullable = false)
    public UUID successorId;

    /** MERGED_INTO, CONSOLIDATED_INTO or SPLIT_INTO. */
    @Column(nullable = false)
    public String relation;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
