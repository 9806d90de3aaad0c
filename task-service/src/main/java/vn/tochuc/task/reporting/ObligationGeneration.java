package vn.tochuc.task.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import vn.tochuc.task.access.Actor;
import vn.tochuc.task.audit.AuditTrail;
import vn.tochuc.task.period.Period;

/**
 * Makes a period's obligations of a schedule, exactly once per unit: the rows go in with {@code insert ... on
 * conflict do nothing} against the unique (schedule, unit, period) index, and only the rows this run inserted get
 * an event, an audit entry and a change-log row. A second run, or a concurrent one on another replica (which waits
 * on the index until the first commits), inserts nothing and says so.
 */
@ApplicationScoped
class ObligationGeneration {

    /** What one run made: the obligations created now, and how many already existed. */
    record Result(List<ReportObligation> created, int alreadyExisting) {
    }

    private final EntityManager em;
    private final ReportEvents events;
    private final ObligationChanges changes;
    private final AuditTrail audit;

    ObligationGeneration(EntityManager em, ReportEvents events, ObligationChanges changes, AuditTrail audit) {
        this.em = em;
        this.events = events;
        this.changes = changes;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Result generate(ReportSchedule schedule, Period period, Actor actor) {
        List<UUID> units = audience(schedule);
        List<UUID> ids = insert(schedule, period, units);
        List<ReportObligation> created = ids.isEmpty() ? List.of()
                : ReportObligation.<ReportObligation>list("id in ?1 order by unitId", ids);
        events.obligations(ReportEvents.DUE, created);
        changes.log(ids, null);
        for (ReportObligation o : created) {
            audit.record("report-obligation", o.id, "DUE", actor, ReportEvents.ObligationData.of(o));
        }
        return new Result(created, units.size() - created.size());
    }

    /** The active units that must report this period, as the org read model knows the tree today. */
    @SuppressWarnings("unchecked")
    private List<UUID> audience(ReportSchedule schedule) {
        List<Object> rows;
        if (schedule.audience == ReportAudience.ALL_OF_KIND) {
            rows = em.createNativeQuery("""
                    with recursive below(id, depth) as (
                        select id, 0 from org_unit_view where id = ?1
                        union all
                        select child.id, below.depth + 1 from org_unit_view child
                        join below on child.parent_id = below.id
                        where below.depth < 50)
                    select distinct u.id from below join org_unit_view u on u.id = below.id
                    where below.depth > 0 and u.kind = ?2 and u.status = 'ACTIVE'""")
                    .setParameter(1, schedule.requestingUnitId).setParameter(2, schedule.audienceUnitKind)
                    .getResultList();
        } else {
            rows = em.createNativeQuery("select id from org_unit_view where id = any(cast(?1 as uuid[])) "
                            + "and status = 'ACTIVE'")
                    .setParameter(1, schedule.listedUnits.stream().map(UUID::toString).toArray(String[]::new))
                    .getResultList();
        }
        // One order for every run, so two concurrent runs wait on each other's rows instead of deadlocking.
        return rows.stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
                .sorted().toList();
    }

    private List<UUID> insert(ReportSchedule schedule, Period period, List<UUID> units) {
        List<UUID> ids = new ArrayList<>();
        if (units.isEmpty()) {
            return ids;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into report_obligation (id, schedule_id, unit_id, requesting_unit_id, subject, period_code,
                        period_start, period_end, due_on, status, created_at, updated_at)
                    select gen_random_uuid(), ?, unit, ?, ?, ?, ?, ?, ?, 'DUE', now(), now()
                    from unnest(?) as unit
                    on conflict (schedule_id, unit_id, period_code) do nothing
                    returning id""")) {
                insert.setObject(1, schedule.id);
                insert.setObject(2, schedule.requestingUnitId);
                insert.setString(3, schedule.subject);
                insert.setString(4, period.code());
                insert.setObject(5, period.start());
                insert.setObject(6, period.end());
                insert.setObject(7, schedule.dueOn(period));
                insert.setArray(8, connection.createArrayOf("uuid", units.toArray()));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return ids;
    }
}
