package vn.tochuc.task.target;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.platform.persistence.Filters;
import vn.tochuc.task.period.Period;

/**
 * The computed standing of targets, for the evaluation of units and the demo loader. It does not check the caller's
 * org scope: callers that answer a request check it first.
 * <ul>
 * <li>{@link #forUnit(UUID, Period, LocalDate, UUID)}: every target that applies to the unit (owned by it or by one
 * of its superiors, with the period in its term; optionally of one document), with the unit's figure (its own, else
 * its units' combined) and the status by {@link TargetStatusRule} as of {@code asOf}.</li>
 * <li>{@link #shareMetOrExceeded(UUID, Period, LocalDate)}: the share of those targets met or exceeded (the input
 * "tỷ lệ chỉ tiêu đạt và vượt" of the yearly rating of a party organization).</li>
 * <li>{@link #applyingTo(UUID, Period, UUID)}: the targets themselves.</li>
 * </ul>
 */
@ApplicationScoped
public class TargetStatuses {

    private final TargetFigures figures;

    TargetStatuses(TargetFigures figures) {
        this.figures = figures;
    }

    public List<UnitTargetStatus> forUnit(UUID unitId, Period period, LocalDate asOf, UUID documentId) {
        List<Target> targets = applyingTo(unitId, period, documentId);
        Map<UUID, UnitFigure> byTarget = figures.of(unitId, targets, period);
        List<UnitTargetStatus> statuses = new ArrayList<>();
        for (Target t : targets) {
            statuses.add(status(t, byTarget.get(t.id), period, asOf));
        }
        return statuses;
    }

    public TargetShare shareMetOrExceeded(UUID unitId, Period period, LocalDate asOf) {
        List<UnitTargetStatus> statuses = forUnit(unitId, period, asOf, null);
        int withData = (int) statuses.stream().filter(s -> s.status() != TargetStatus.NO_DATA).count();
        int met = (int) statuses.stream().filter(s -> s.status().metOrExceeded()).count();
        int notMet = (int) statuses.stream().filter(s -> s.status() == TargetStatus.NOT_MET).count();
        return TargetShare.of(statuses.size(), withData, met, notMet);
    }

    /**
     * Targets owned by the unit or one of its superiors whose term holds the period, in order of code; also those they
     * owned first and handed on when they ceased (a province merged into another keeps its own term's table, and so
     * do its districts, while the successor carries the target on).
     */
    public List<Target> applyingTo(UUID unitId, Period period, UUID documentId) {
        List<UUID> owners = figures.ancestorsOrSelf(unitId);
        if (owners.isEmpty()) {
            return List.of();
        }
        Filters filters = new Filters()
                .and("(ownerUnitId in :owners or originalOwnerUnitId in :owners)", "owners", owners)
                .and("termFirstYear <= :year and termLastYear >= :year", "year", period.year())
                .and("documentId = :document", "document", documentId);
        return Target.list(filters.orderedBy("code"), filters.params());
    }

    static UnitTargetStatus status(Target t, UnitFigure figure, Period period, LocalDate asOf) {
        TargetStatusRule rule = TargetStatusRule.of(t);
        return new UnitTargetStatus(t.id, t.code, t.name, figure.unitId(), period.code(), rule.targetFor(period),
                figure, rule.percentOfTarget(period, figure.value()), rule.status(period, figure.value(), asOf));
    }
}
