package vn.tochuc.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.org.domain.OrgUnit;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.domain.OrgUnitStatus;
import vn.tochuc.org.mapping.OrgUnitMapper;
import vn.tochuc.org.repository.OrgTreeRepository;
import vn.tochuc.org.rest.OrgUnitChange;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.platform.web.ChangeCursor;
import vn.tochuc.platform.web.Page;

/**
 * The mobile sync feed of the structure: every unit changed since a time, as it is today (UPSERT), or a REMOVED
 * tombstone once it ceased. The structure is public inside the province (docs/decisions.md, "Privacy: org scope in
 * org-service"), so every caller's feed holds every unit. Every change of a unit goes through
 * {@link StructureChanges}, which sets the unit's {@code updatedAt}: one source, in (updatedAt, id) order.
 */
@ApplicationScoped
public class OrgUnitChanges {

    private final OrgTreeRepository tree;

    OrgUnitChanges(OrgTreeRepository tree) {
        this.tree = tree;
    }

    /** The page after {@code since}, or after the keyset position of the previous page. */
    public Page<OrgUnitChange> after(OffsetDateTime since, OffsetDateTime afterAt, UUID afterId, int limit) {
        Filters filters = new Filters()
                .and("updatedAt > :since", "since", since)
                .after("updatedAt", afterAt, afterId);
        List<OrgUnit> rows = OrgUnit.<OrgUnit>find(filters.orderedBy("updatedAt"), filters.params())
                .page(0, limit + 1).list();
        LocalDate today = LocalDate.now();
        return Page.of(rows, limit, unit -> change(unit, today),
                unit -> ChangeCursor.encode(unit.updatedAt, unit.id));
    }

    private OrgUnitChange change(OrgUnit unit, LocalDate today) {
        Optional<OrgUnitSnapshot> now = OrgUnitStatus.CEASED.equals(unit.status) ? Optional.empty()
                : tree.unit(unit.id, today).or(() -> tree.unit(unit.id, unit.establishedOn));
        if (now.isEmpty()) {
            return new OrgUnitChange(unit.id, OrgUnitChange.Kind.REMOVED, unit.updatedAt, null);
        }
        LocalDate date = today.isBefore(now.get().validFrom()) ? now.get().validFrom() : today;
        return new OrgUnitChange(unit.id, OrgUnitChange.Kind.UPSERT, unit.updatedAt,
                OrgUnitMapper.toResponse(now.get(), date));
    }
}
