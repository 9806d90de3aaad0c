package vn.tochuc.task.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.task.period.Period;

/**
 * The figures of units for targets and a period, combined up the org tree in SQL. A unit's own entered figure wins
 * over the combination of the units below it (it is the figure the unit answers for, and may count what no unit
 * below reports); so what counts below a unit are the figures of the topmost units that entered one, found by
 * walking down each target's tree and stopping at every unit with a figure of its own.
 */
@ApplicationScoped
public class TargetFigures {

    /** Deep enough for any real hierarchy, bounded against a cycle in bad data. */
    private static final int MAX_DEPTH = 50;

    /**
     * For the targets the root owns, whose figures all lie in its subtree: the period's figures of the targets
     * ({@code m}, one index range per target), those of units with units below them ({@code stops}: where a district
     * entered its own figure), the walk down per target from each unit directly below the root that ends at every
     * stop, and the sums per branch. Hash joins on sets, never a lookup per unit.
     */
    static final String OWNED_BY_ROOT = """
            with recursive m as materialized (
                select target_id, unit_id, value, numerator, denominator from target_measurement
                where target_id = any(cast(?1 as uuid[])) and period = ?3),
            stops as materialized (
                select target_id, unit_id from m
                where unit_id in (select parent_id from org_unit_view where parent_id is not null)),
            walk(target_id, unit_id, branch_id, depth) as (
                select t.id, c.id, c.id, 1
                from unnest(cast(?1 as uuid[])) as t(id) cross join org_unit_view c
                where c.parent_id = ?2
              union all
                select w.target_id, c.id, w.branch_id, w.depth + 1
                from walk w join org_unit_view c on c.parent_id = w.unit_id
                where w.depth < ?4
                and not exists (select 1 from stops s where s.target_id = w.target_id and s.unit_id = w.unit_id))
            select w.target_id, w.branch_id, count(*), sum(m.value), sum(m.numerator), sum(m.denominator)
            from walk w join m on m.target_id = w.target_id and m.unit_id = w.unit_id
            group by w.target_id, w.branch_id""";

    /**
     * For targets of a superior, whose figures mostly lie outside the root's subtree: the subtree's units with their
     * path below the root ({@code below}), their figures of the period ({@code f}), the figures a figure of a unit
     * above them overrides (each path unnested and matched, a hash join), and the sums per branch of the rest. Its
     * cost follows the size of the subtree, so a district's table does not read the province's figures.
     */
    static final String OWNED_ABOVE_ROOT = """
            with recursive below(id, branch_id, path, depth) as (
                select c.id, c.id, array[]::uuid[], 1 from org_unit_view c where c.parent_id = ?2
              union all
                select c.id, b.branch_id, b.path || b.id, b.depth + 1
                from below b join org_unit_view c on c.parent_id = b.id
                where b.depth < ?4),
            f as materialized (
                select m.target_id, m.unit_id, m.value, m.numerator, m.denominator, b.branch_id, b.path
                from below b join target_measurement m on m.unit_id = b.id
                where m.target_id = any(cast(?1 as uuid[])) and m.period = ?3),
            overridden as (
                select distinct f.target_id, f.unit_id
                from f cross join lateral unnest(f.path) as up(id)
                join f above on above.target_id = f.target_id and above.unit_id = up.id)
            select f.target_id, f.branch_id, count(*), sum(f.value), sum(f.numerator), sum(f.denominator)
            from f
            where not exists (select 1 from overridden o where o.target_id = f.target_id and o.unit_id = f.unit_id)
            group by f.target_id, f.branch_id""";

    private final EntityManager em;

    TargetFigures(EntityManager em) {
        this.em = em;
    }

    /**
     * For each target, what counts below {@code root}, per unit directly below it (the branch): target id to
     * branch unit id to the sums of the counted figures. Branches without figures are absent.
     */
    @SuppressWarnings("unchecked")
    Map<UUID, Map<UUID, UnitFigure.Sums>> belowByBranch(UUID root, Collection<Target> targets, Period period) {
        Map<UUID, Map<UUID, UnitFigure.Sums>> result = new HashMap<>();
        List<UUID> owned = targets.stream().filter(t -> t.ownerUnitId.equals(root)).map(t -> t.id).toList();
        List<UUID> ofSuperiors = targets.stream().filter(t -> !t.ownerUnitId.equals(root)).map(t -> t.id).toList();
        addSums(result, OWNED_BY_ROOT, root, owned, period);
        addSums(result, OWNED_ABOVE_ROOT, root, ofSuperiors, period);
        return result;
    }

    @SuppressWarnings("unchecked")
    private void addSums(Map<UUID, Map<UUID, UnitFigure.Sums>> result, String query, UUID root,
            List<UUID> targetIds, Period period) {
        if (targetIds.isEmpty()) {
            return;
        }
        List<Object[]> rows = em.createNativeQuery(query)
                .setParameter(1, ids(targetIds)).setParameter(2, root).setParameter(3, period.code())
                .setParameter(4, MAX_DEPTH).getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent(uuid(row[0]), t -> new HashMap<>()).put(uuid(row[1]), new UnitFigure.Sums(
                    ((Number) row[2]).longValue(), (BigDecimal) row[3], (BigDecimal) row[4], (BigDecimal) row[5]));
        }
    }

    /** The units' own entered figures: target id to unit id to the figure as sums of one. */
    @SuppressWarnings("unchecked")
    Map<UUID, Map<UUID, UnitFigure.Sums>> own(Collection<UUID> unitIds, Collection<UUID> targetIds, Period period) {
        Map<UUID, Map<UUID, UnitFigure.Sums>> result = new HashMap<>();
        if (targetIds.isEmpty() || unitIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createNativeQuery("""
                select target_id, unit_id, value, numerator, denominator from target_measurement
                where target_id = any(cast(?1 as uuid[])) and unit_id = any(cast(?2 as uuid[])) and period = ?3""")
                .setParameter(1, ids(targetIds)).setParameter(2, ids(unitIds)).setParameter(3, period.code())
                .getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent(uuid(row[0]), t -> new HashMap<>()).put(uuid(row[1]),
                    new UnitFigure.Sums(1, (BigDecimal) row[2], (BigDecimal) row[3], (BigDecimal) row[4]));
        }
        return result;
    }

    /** One unit's figure for each target: its own, else what counts below it combined. */
    Map<UUID, UnitFigure> of(UUID unitId, Collection<Target> targets, Period period) {
        List<UUID> targetIds = targets.stream().map(t -> t.id).toList();
        Map<UUID, Map<UUID, UnitFigure.Sums>> own = own(List.of(unitId), targetIds, period);
        List<Target> withoutOwn = targets.stream().filter(t -> !own.containsKey(t.id)).toList();
        Map<UUID, Map<UUID, UnitFigure.Sums>> below = belowByBranch(unitId, withoutOwn, period);
        Map<UUID, UnitFigure> figures = new HashMap<>();
        for (Target t : targets) {
            UnitFigure.Sums mine = own.getOrDefault(t.id, Map.of()).get(unitId);
            figures.put(t.id, mine != null ? UnitFigure.own(unitId, mine, t.aggregation)
                    : UnitFigure.combined(unitId, total(below.getOrDefault(t.id, Map.of()).values()), t.aggregation));
        }
        return figures;
    }

    /** The unit and its superiors, nearest first, up to the top of the tree. */
    @SuppressWarnings("unchecked")
    public List<UUID> ancestorsOrSelf(UUID unitId) {
        List<Object> rows = em.createNativeQuery("""
                with recursive up(id, parent_id, depth) as (
                    select id, parent_id, 0 from org_unit_view where id = ?1
                  union all
                    select p.id, p.parent_id, up.depth + 1 from org_unit_view p join up on p.id = up.parent_id
                    where up.depth < ?2)
                select id from up order by depth""").setParameter(1, unitId).setParameter(2, MAX_DEPTH)
                .getResultList();
        List<UUID> ids = new ArrayList<>();
        rows.forEach(id -> ids.add(uuid(id)));
        return ids;
    }

    static UnitFigure.Sums total(Collection<UnitFigure.Sums> sums) {
        return sums.stream().reduce(UnitFigure.Sums.NONE, UnitFigure.Sums::plus);
    }

    private static String[] ids(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static UUID uuid(Object id) {
        return id instanceof UUID u ? u : UUID.fromString(id.toString());
    }
}
