package vn.tochuc.org.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A position's seats and managing body from {@code validFrom} up to (not including) {@code validTo}. */
@Entity
@Table(name = "position_version")
public class PositionVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "position_id", nullable = false)
    public UUID positionId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public int seats;

    /** The body that manages appointments to the position (cấp quản lý), e.g. Ban Thường vụ Tỉnh ủy. */
    @Column(name = "managing_body", nullable = false)
    public String managingBody;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decision_issuer")
    public String decisionIssuer;

    /** CREATED or CHANGED: what started this version. */
    @Column(nullable = false)
    public String change;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static List<PositionVersion> history(UUID positionId) {
        return list("positionId = ?1 order by validFrom", positionId);
    }

    public static Optional<PositionVersion> on(UUID positionId, LocalDate date) {
        return find("positionId = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)", positionId, date)
                .firstResultOptional();
    }

    public static PositionVersion latest(UUID positionId) {
        return find("positionId = ?1 order by validFrom desc", positionId).firstResult();
    }

    public Decision decision() {
        return decisionNumber == null && decisionDate == null && decisionIssuer == null ? null
                : new Decision(decisionNumber, decisionDate, decisionIssuer);
    }
}
