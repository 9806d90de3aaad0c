package vn.tochuc.task.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tochuc.platform.orgscope.OrgScope;
import vn.tochuc.platform.persistence.Filters;

/**
 * The change log behind the mobile sync feed of obligations: every change of an obligation adds a row, in the
 * change's transaction, naming the units that see it after the change, and the unit it left when it passed to
 * another unit. A cancelled obligation is logged as removed (a tombstone for everyone); one that left the caller's
 * units is a tombstone for that caller only.
 */
@ApplicationScoped
public class ObligationChanges {

    /** One entry of the feed for the caller: the obligation as it now stands, or removed (null obligation). */
    public record Change(UUID obligationId, OffsetDateTime at, long seq, ReportObligation obligation) {

        public boolean removed() {
            return obligation == null;
        }
    }

    /** A page of the feed and, when more follow, the log position to continue after. */
    public record Slice(List<Change> changes, OffsetDateTime nextAt, Long nextSeq) {
    }

    private final EntityManager em;
    private final OrgScope scope;

    ObligationChanges(EntityManager em, OrgScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /**
     * The caller's feed after {@code since} (or after a position of an earlier page): an entry per log row that
     * concerns the caller's units. Removed when the obligation was cancelled, or when, after the change, neither
     * its reporting unit nor its requesting unit is the caller's (it passed to a unit outside them).
     */
    public Slice feed(OffsetDateTime since, OffsetDateTime afterAt, Long afterSeq, int limit) {
        List<UUID> units = scope.unitsOrAll();
        List<ObligationChangeEntry> rows = after(since, units, afterAt, afterSeq, limit + 1);
        boolean more = rows.size() > limit;
        List<ObligationChangeEntry> shown = more ? rows.subList(0, limit) : rows;
        Set<UUID> mine = units == null ? null : new HashSet<>(units);
        Set<UUID> present = shown.stream().filter(r -> shown(r, mine)).map(r -> r.obligationId)
                .collect(Collectors.toSet());
        Map<UUID, ReportObligation> current = new HashMap<>();
        if (!present.isEmpty()) {
            ReportObligation.<ReportObligation>list("id in ?1", present).forEach(o -> current.put(o.id, o));
        }
        List<Change> changes = shown.stream().map(r -> new Change(r.obligationId, r.changedAt, r.seq,
                shown(r, mine) ? current.get(r.obligationId) : null)).toList();
        ObligationChangeEntry last = more ? shown.get(shown.size() - 1) : null;
        return new Slice(changes, last == null ? null : last.changedAt, last == null ? null : last.seq);
    }

    /** A row the caller may no longer see (cancelled, or moved out of its units) is a tombstone. */
    private static boolean shown(ObligationChangeEntry row, Set<UUID> mine) {
        return !row.removed && (mine == null || mine.contains(row.unitId) || mine.contains(row.requestingUnitId));
    }

    /** Logs the obligations as they now stand (flushed first, so the log copies the written rows). */
    @Transactional(Transactional.TxType.MANDATORY)
    void log(Collection<UUID> obligationIds, UUID leftUnitId) {
        if (obligationIds.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("""
                insert into report_obligation_change (obligation_id, changed_at, unit_id, requesting_unit_id,
                    left_unit_id, removed)
                select o.id, now(), o.unit_id, o.requesting_unit_id, cast(?2 as uuid), o.status = 'CANCELLED'
                from report_obligation o where o.id = any(cast(?1 as uuid[]))""")
                .setParameter(1, obligationIds.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(2, leftUnitId == null ? null : leftUnitId.toString())
                .executeUpdate();
    }

    /**
     * Log rows after {@code since} that concern the units (null: all), continuing after a keyset position
     * (null on the first page), oldest first; up to {@code limit}.
     */
    private List<ObligationChangeEntry> after(OffsetDateTime since, List<UUID> units, OffsetDateTime afterAt, Long afterSeq,
            int limit) {
        Filters filters = new Filters()
                .and("changedAt > :since", "since", since)
                .and("(unitId in :units or requestingUnitId in :units or leftUnitId in :units)", "units", units)
                .and("(changedAt > :afterAt or (changedAt = :afterAt and seq > :afterSeq))", "afterAt", afterAt,
                        "afterSeq", afterSeq);
        return ObligationChangeEntry.<ObligationChangeEntry>find(filters.where() + " order by changedAt, seq",
                filters.params()).page(0, limit).list();
    }
}
