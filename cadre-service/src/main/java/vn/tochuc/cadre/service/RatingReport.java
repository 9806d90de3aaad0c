package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.cadre.domain.QualityRating;
import vn.tochuc.cadre.domain.QualityRating.Grade;
import vn.tochuc.cadre.repository.PersonQueries;
import vn.tochuc.cadre.rest.RatingReportResponse;
import vn.tochuc.platform.orgscope.OrgUnitView;

/**
 * The rating distribution of a grassroots organization and its cap: at most {@code excellent-cap-percent} of those
 * rated good or better (EXCELLENT + GOOD) may be EXCELLENT, rounded down.
 */
@ApplicationScoped
public class RatingReport {

    private final PersonQueries units;
    private final PersonAccess access;
    private final int capPercent;

    RatingReport(PersonQueries units, PersonAccess access,
            @ConfigProperty(name = "tochuc.rating.excellent-cap-percent") int capPercent) {
        this.units = units;
        this.access = access;
        this.capPercent = capPercent;
    }

    public RatingReportResponse of(int year, UUID orgUnitId) {
        access.requireUnit("orgUnitId", orgUnitId);
        List<UUID> scope = units.subtree(orgUnitId);
        scope = scope.isEmpty() ? List.of(orgUnitId) : scope;
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            distribution.put(grade.name(), QualityRating.count("year = ?1 and rating = ?2 and orgUnitId in ?3", year,
                    grade, scope));
        }
        long total = distribution.values().stream().mapToLong(Long::longValue).sum();
        long excellent = distribution.get(Grade.EXCELLENT.name());
        long goodOrBetter = excellent + distribution.get(Grade.GOOD.name());
        long maxExcellent = goodOrBetter * capPercent / 100;
        OrgUnitView unit = OrgUnitView.findById(orgUnitId);
        return new RatingReportResponse(year, orgUnitId, unit == null ? null : unit.name, total, distribution,
                goodOrBetter, capPercent, maxExcellent, excellent <= maxExcellent);
    }
}
