package vn.tochuc.task.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One row of the obligations' change log (written by {@link ObligationChanges} with SQL, read here). */
@Entity
@Immutable
@Table(name = "report_obligation_change")
public class ObligationChangeEntry extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(name = "obligation_id")
    public UUID obligationId;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "requesting_unit_id")
    public UUID requestingUnitId;

    @Column(name = "left_unit_id")
    public UUID leftUnitId;

    public boolean removed;
}
