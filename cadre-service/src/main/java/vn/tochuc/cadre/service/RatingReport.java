package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.QualityRating;
import vn.tochuc.cadre.domain.QualityRating.Grade;
import vn.tochuc.cadre.repository.PersonQueries;
import vn.tochuc.cadre.rest.RatingReportResponse;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.rules.Rules;

/**
 * The rating distribution of a grassroots organization and its cap: at most {@code percent} of the base (those rated
 * GOOD, or GOOD and EXCELLENT, as the rule cadre.rating.excellent-cap in force on 31 December of the year says) may
 * be EXCELLENT, rounded down. The answer names the rule version.
 */
@ApplicationScoped
public class RatingReport {

    private final PersonQueries units;
    private final PersonAccess access;
    private final Rules rules;

    RatingReport(PersonQueries units, PersonAccess access, Rules rules) {
        this.units = units;
        this.access = access;
        this.rules = rules;
    }

    public static final String CAP_RULE = "cadre.rating.excellent-cap";

    /** The values of cadre.rating.excellent-cap: the percentage and what it is a percentage of. */
    public record Cap(int percent, Base base) {
    }

    /** GOOD: of those rated good; GOOD_OR_BETTER: of those rated good or excellent. */
    public enum Base {
        GOOD,
        GOOD_OR_BETTER
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
        long good = distribution.get(Grade.GOOD.name());
        long goodOrBetter = excellent + good;
        Rules.InForce<Cap> cap = rules.read(CAP_RULE, LocalDate.of(year, 12, 31), Cap.class);
        long base = cap.values().base() == Base.GOOD ? good : goodOrBetter;
        long maxExcellent = base * cap.values().percent() / 100;
        OrgUnitView unit = OrgUnitView.findById(orgUnitId);
        return new RatingReportResponse(year, orgUnitId, unit == null ? null : unit.name, total, distribution,
                goodOrBetter, cap.values().percent(), cap.values().base().name(), base, maxExcellent,
                excellent <= maxExcellent, cap.citation());
    }
}
