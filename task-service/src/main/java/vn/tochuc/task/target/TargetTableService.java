package vn.tochuc.task.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.period.Period;

/**
 * Builds the target table of a unit in the caller's scope: the targets that apply to it (owned by it or a superior,
 * the period within their term), its row and one row per unit directly below it (ceased units only when they have a
 * figure). Three queries whatever the size of the subtree: the children, the own figures of the unit and its
 * children, and one walk down the subtree that adds up the figures that count per child.
 */
@ApplicationScoped
public class TargetTableService {

    private final UnitAccess units;
    private final TargetFigures figures;
    private final TargetStatuses statuses;
    private final EntityManager em;

    TargetTableService(UnitAccess units, TargetFigures figures, TargetStatuses statuses, EntityManager em) {
        this.units = units;
        this.figures = figures;
        this.statuses = statuses;
        this.em = em;
    }

    public TargetTable table(UUID orgUnitId, Period period, LocalDate asOf, UUID documentId) {
        OrgUnitView root = OrgUnitView.findById(orgUnitId);
        if (root == null || !units.covers(orgUnitId)) {
            throw ProblemException.notFound("org unit", orgUnitId);
        }
        List<Target> targets = statuses.applyingTo(orgUnitId, period, documentId);
        List<UUID> targetIds = targets.stream().map(t -> t.id).toList();
        List<Object[]> children = children(orgUnitId);
        List<UUID> unitIds = new ArrayList<>();
        unitIds.add(orgUnitId);
        children.forEach(c -> unitIds.add((UUID) c[0]));
        Map<UUID, Map<UUID, UnitFigure.Sums>> own = figures.own(unitIds, targetIds, period);
        Map<UUID, Map<UUID, UnitFigure.Sums>> below = figures.belowByBranch(orgUnitId, targets, period);

        List<TargetTable.Row> rows = new ArrayList<>();
        for (Target t : targets) {
            Map<UUID, UnitFigure.Sums> ownOfTarget = own.getOrDefault(t.id, Map.of());
            Map<UUID, UnitFigure.Sums> branches = below.getOrDefault(t.id, Map.of());
            UnitFigure.Sums rootOwn = ownOfTarget.get(orgUnitId);
            UnitFigure rootFigure = rootOwn != null ? UnitFigure.own(orgUnitId, rootOwn, t.aggregation)
                    : UnitFigure.combined(orgUnitId, TargetFigures.total(branches.values()), t.aggregation);
            rows.add(TargetTable.Row.of(t, root.name, true, TargetStatuses.status(t, rootFigure, period, asOf)));
            for (Object[] child : children) {
                UUID id = (UUID) child[0];
                UnitFigure.Sums childOwn = ownOfTarget.get(id);
                UnitFigure.Sums childBelow = branches.get(id);
                if (childBelow == null && "CEASED".equals(child[2])) {
                    continue;
                }
                UnitFigure figure = childOwn != null ? UnitFigure.own(id, childOwn, t.aggregation)
                        : UnitFigure.combined(id, childBelow == null ? UnitFigure.Sums.NONE : childBelow,
                                t.aggregation);
                rows.add(TargetTable.Row.of(t, (String) child[1], false,
                        TargetStatuses.status(t, figure, period, asOf)));
            }
        }
        return new TargetTable(orgUnitId, root.name, period.code(), asOf, rows);
    }

    /** The units directly below: id, name, status, in order of name. */
    @SuppressWarnings("unchecked")
    private List<Object[]> children(UUID parent) {
        List<Object[]> rows = em.createQuery("select u.id, u.name, u.status from OrgUnitView u "
                + "where u.parentId = :parent order by u.name, u.id").setParameter("parent", parent).getResultList();
        return rows;
    }
}
