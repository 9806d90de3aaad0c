package vn.tochuc.platform.orgscope;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service knows of one org unit, as org-service's events told it. */
@Entity
@Table(name = "org_unit_view")
public class OrgUnitView extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(nullable = false)
    public String status;

    /** The event that last changed this row: lets an operator trace the read model back to the stream. */
    @Column(name = "last_event_id", nullable = false)
    public String lastEventId;

    @Column(name = "last_event_at", nullable = false)
    public OffsetDateTime lastEventAt;
}
