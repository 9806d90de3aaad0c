package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tochuc.cadre.domain.Planning;
import vn.tochuc.cadre.domain.PlanningTerm;
import vn.tochuc.cadre.readmodel.PositionView;
import vn.tochuc.cadre.rest.PlanningCoverageResponse;
import vn.tochuc.cadre.rest.PlanningCoverageResponse.PositionCoverage;
import vn.tochuc.cadre.rest.PlanningCoverageResponse.TitleCoverage;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;

/**
 * Planning coverage (tỷ lệ quy hoạch) of a unit in a term: the positions that exist in the term, how many people
 * stand planned for each, and which have nobody, so the Board sees where a successor is missing.
 */
@ApplicationScoped
public class PlanningCoverage {

    private final PersonAccess access;

    PlanningCoverage(PersonAccess access) {
        this.access = access;
    }

    public PlanningCoverageResponse of(UUID orgUnitId, PlanningTerm term) {
        OrgUnitView unit = OrgUnitView.findById(orgUnitId);
        if (unit == null) {
            throw ProblemException.notFound("org unit", orgUnitId);
        }
        access.requireUnit("orgUnitId", orgUnitId);
        List<Planning> standing = Planning.standingIn(orgUnitId, term.startYear());
        Map<UUID, Long> perPosition = standing.stream().filter(p -> p.positionId != null)
                .collect(Collectors.groupingBy(p -> p.positionId, Collectors.counting()));
        LocalDate termStart = LocalDate.of(term.startYear(), 1, 1);
        List<PositionView> positions = PositionView.list("orgUnitId = ?1 order by titleCode, id", orgUnitId);
        List<PositionCoverage> rows = positions.stream()
                // A position that ended before the term has no seat in it; one created during the term has.
                .filter(v -> v.validTo == null || v.validTo.isAfter(termStart))
                .filter(v -> v.validFrom.getYear() < term.endYear())
                .map(v -> new PositionCoverage(v.id, v.titleCode, v.titleName, v.seats,
                        perPosition.getOrDefault(v.id, 0L).intValue()))
                .toList();
        Map<String, Long> perTitle = standing.stream().filter(p -> p.positionId == null)
                .collect(Collectors.groupingBy(p -> p.titleCode, TreeMap::new, Collectors.counting()));
        List<TitleCoverage> titles = perTitle.entrySet().stream()
                .map(e -> new TitleCoverage(e.getKey(), e.getValue().intValue())).toList();
        int uncovered = (int) rows.stream().filter(r -> r.planned() == 0).count();
        return new PlanningCoverageResponse(unit.id, unit.name, term.toString(), rows, titles, uncovered);
    }
}
