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
import vn.tochuc.platform.orgscope.OrgUnitView;

/** The units that took over from a unit that ceased, as org-service reported it. */
@Entity
@Table(name = "reaction_successor")
public class UnitSuccessor extends PanacheEntityBase {

    private static final String CEASED = "CEASED";
    /** How many ceased units a chain of successors and parents is followed through (a cycle would be a bad tree). */
    private static final int MAX_HOPS = 10;

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

    /**
     * The unit that carries on the work of {@code unit}: itself while it is active; once it ceased (as the read model
     * says, or as the caller knows from {@code ceased}), its sole successor, or its parent when it was split among
     * several units, dissolved or its successor is not known yet; followed on while those ceased too.
     */
    public static UUID carrierOf(UUID unit, boolean ceased) {
        UUID current = unit;
        boolean gone = ceased;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            OrgUnitView view = OrgUnitView.findById(current);
            if (!gone && (view == null || !CEASED.equals(view.status))) {
                return current;
            }
            Optional<UUID> successor = soleSuccessorOf(current);
            if (successor.isPresent()) {
                current = successor.get();
            } else if (view != null && view.parentId != null) {
                current = view.parentId;
            } else {
                return current;
            }
            gone = false;
        }
        return current;
    }

    private static Optional<UUID> soleSuccessorOf(UUID unit) {
        return UnitSuccessor.<UnitSuccessor>findByIdOptional(unit)
                .filter(row -> row.successorIds.length == 1).map(row -> row.successorIds[0]);
    }
}
