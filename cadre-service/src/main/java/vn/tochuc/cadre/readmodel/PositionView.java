package vn.tochuc.cadre.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service knows of one org-service position (chức danh), as tochuc.org.position events told it. */
@Entity
@Table(name = "position_view")
public class PositionView extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "org_unit_id", nullable = false)
    public UUID orgUnitId;

    @Column(name = "title_code", nullable = false)
    public String titleCode;

    @Column(name = "title_name", nullable = false)
    public String titleName;

    @Column(nullable = false)
    public int seats;

    /** ACTIVE or ENDED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** The day it ended (effectiveDate of position.ended.v1); null while in effect. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "last_event_id", nullable = false)
    public String lastEventId;

    @Column(name = "last_event_at", nullable = false)
    public OffsetDateTime lastEventAt;

    /** In effect on the day: started on or before it, not ended by it. */
    public boolean inEffectOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }
}
