package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A unit's congress for a term (đại hội lần thứ ...) and the seats of the bodies it elected: executive committee
 * (ban chấp hành), standing committee (ban thường vụ), inspection commission (ủy ban kiểm tra).
 */
@Entity
@Table(name = "unit_term")
public class UnitTerm extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(name = "term_code", nullable = false)
    public String termCode;

    /** The congress's ordinal ("lần thứ XVII" is 17); a new unit may restart at 1. */
    @Column(name = "congress_ordinal", nullable = false)
    public int congressOrdinal;

    @Column(name = "congress_date")
    public LocalDate congressDate;

    @Column(name = "executive_committee_seats")
    public Integer executiveCommitteeSeats;

    @Column(name = "standing_committee_seats")
    public Integer standingCommitteeSeats;

    @Column(name = "inspection_commission_seats")
    public Integer inspectionCommissionSeats;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Optional<UnitTerm> of(UUID unitId, String termCode) {
        return find("unitId = ?1 and termCode = ?2", unitId, termCode).firstResultOptional();
    }
}
