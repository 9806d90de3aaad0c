package vn.tochuc.task.reaction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The units that took over from a unit that ceased, as org-service reported it. */
@Entity
@Table(name = "reaction_successor")
public class UnitSuccessor extends PanacheEntityBase {

    @Id
    @Column(name = "unit_id")
    public UUID unitId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "successor_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] successorIds;

    /** merged, consolidated, split or dissolved. */
    @Column(nullable = false)
    public String change;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** Records (or, for a corrected event, replaces) who took over from {@code unit}. */
    static void record(UUID unit, List<UUID> successors, String change, LocalDate effectiveDate, String eventId) {
        UnitSuccessor row = UnitSuccessor.<UnitSuccessor>findByIdOptional(unit).orElseGet(UnitSuccessor::new);
        boolean isNew = row.unitId == null;
        row.unitId = unit;
        row.successorIds = successors.toArray(UUID[]::new);
        row.change = change;
        row.effectiveDate = effectiveDate;
        row.eventId = eventId;
        row.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (isNew) {
            row.persist();
        }
    }

    /** The one unit that carries the ceased unit's work on; empty when it was split among several or dissolved. */
    static Optional<UUID> soleSuccessorOf(UUID unit) {
        return UnitSuccessor.<UnitSuccessor>findByIdOptional(unit)
                .filter(row -> row.successorIds.length == 1).map(row -> row.successorIds[0]);
    }
}
