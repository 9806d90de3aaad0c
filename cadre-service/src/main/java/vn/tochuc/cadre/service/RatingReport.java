package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tochuc.cadre.domain.QualityRating;
import vn.tochuc.cadre.domain.QualityRating.Grade;
import vn.tochuc.cadre.repository.PersonQueries;
import vn.tochuc.cadre.rest.RatingReportResponse;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.rules.Rules;

/**
 * The rating distribution of a unit and its cap: at most {@code percent} of the base (those rated GOOD, or GOOD and
 * EXCELLENT, as the rule cadre.rating.excellent-cap in force on 31 December of the year says) may be EXCELLENT,
 * rounded down, in each grassroots organization (or over the whole subtree, as the version's unit says). The answer
 * names the rule version and, per unit counted, its own cap.
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

    /**
     * The values of cadre.rating.excellent-cap: the percentage, what it is a percentage of, and the unit it applies
     * to; {@code grassrootsKinds} are the org-unit kinds that are grassroots organizations. Versions recorded before
     * the unit was a value have none: they read as SUBTREE, the suite's reading then.
     */
    public record Cap(int percent, Base base, CapUnit unit, List<String> grassrootsKinds) {

        CapUnit unitOrDefault() {
            return unit == null ? CapUnit.SUBTREE : unit;
        }
    }

    /** GOOD: of those rated good; GOOD_OR_BETTER: of those rated good or excellent. */
    public enum Base {
        GOOD,
        GOOD_OR_BETTER
    }

    /**
     * GRASSROOTS_ORGANIZATION: the cap holds in each grassroots organization (with its cells) on its own, so a unit
     * above reports each of them; SUBTREE: once over the unit asked for and everything below it.
     */
    public enum CapUnit {
        GRASSROOTS_ORGANIZATION,
        SUBTREE
    }

    public RatingReportResponse of(int year, UUID orgUnitId) {
        access.requireUnit("orgUnitId", orgUnitId);
        Rules.InForce<Cap> cap = rules.read(CAP_RULE, LocalDate.of(year, 12, 31), Cap.class);
        Map<String, Long> distribution = distribution(year, scope(orgUnitId));
        long total = distribution.values().stream().mapToLong(Long::longValue).sum();
        long excellent = distribution.get(Grade.EXCELLENT.name());
        long good = distribution.get(Grade.GOOD.name());
        long goodOrBetter = excellent + good;
        List<RatingReportResponse.UnitCap> counted = new ArrayList<>();
        for (UUID unit : capUnits(orgUnitId, cap.values())) {
            Map<String, Long> own = unit.equals(orgUnitId) ? distribution : distribution(year, scope(unit));
            long ownExcellent = own.get(Grade.EXCELLENT.name());
            long ownBase = base(cap.values(), own);
            long ownMax = ownBase * cap.values().percent() / 100;
            OrgUnitView view = OrgUnitView.findById(unit);
            counted.add(new RatingReportResponse.UnitCap(unit, view == null ? null : view.name, ownBase, ownExcellent,
                    ownMax, ownExcellent <= ownMax));
        }
        long base = counted.stream().mapToLong(RatingReportResponse.UnitCap::capBaseCount).sum();
        long maxExcellent = counted.stream().mapToLong(RatingReportResponse.UnitCap::maxExcellent).sum();
        boolean within = counted.stream().allMatch(RatingReportResponse.UnitCap::withinCap);
        OrgUnitView unit = OrgUnitView.findById(orgUnitId);
        return new RatingReportResponse(year, orgUnitId, unit == null ? null : unit.name, total, distribution,
                goodOrBetter, cap.values().percent(), cap.values().base().name(), base, maxExcellent, within,
                cap.values().unitOrDefault().name(), counted, cap.citation());
    }

    private List<UUID> scope(UUID orgUnitId) {
        List<UUID> scope = units.subtree(orgUnitId);
        return scope.isEmpty() ? List.of(orgUnitId) : scope;
    }

    private static Map<String, Long> distribution(int year, List<UUID> scope) {
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            distribution.put(grade.name(), QualityRating.count("year = ?1 and rating = ?2 and orgUnitId in ?3", year,
                    grade, scope));
        }
        return distribution;
    }

    private static long base(Cap cap, Map<String, Long> distribution) {
        long good = distribution.get(Grade.GOOD.name());
        return cap.base() == Base.GOOD ? good : good + distribution.get(Grade.EXCELLENT.name());
    }

    /**
     * The units the cap is counted in: the unit asked for when the cap is over a subtree, when it is a grassroots
     * organization itself, or when none is below it (a cell: its own organization is above it); otherwise each
     * topmost grassroots organization below it.
     */
    private List<UUID> capUnits(UUID orgUnitId, Cap cap) {
        OrgUnitView asked = OrgUnitView.findById(orgUnitId);
        // A HashSet: a unit of the read model without a kind asks contains(null), which Set.of() refuses.
        Set<String> kinds = cap.grassrootsKinds() == null ? new HashSet<>() : new HashSet<>(cap.grassrootsKinds());
        if (cap.unitOrDefault() == CapUnit.SUBTREE || asked == null || kinds.contains(asked.kind)) {
            return List.of(orgUnitId);
        }
        List<OrgUnitView> below = OrgUnitView.list("id in ?1", scope(orgUnitId));
        Map<UUID, OrgUnitView> byId = new HashMap<>();
        below.forEach(u -> byId.put(u.id, u));
        List<UUID> topmost = new ArrayList<>();
        for (OrgUnitView u : below) {
            if (!kinds.contains(u.kind)) {
                continue;
            }
            boolean nested = false;
            // Bounded walk up to the unit asked for (the subtree holds no cycle, but bad data might).
            OrgUnitView up = u.parentId == null ? null : byId.get(u.parentId);
            for (int depth = 0; up != null && depth < 50; depth++) {
                if (kinds.contains(up.kind)) {
                    nested = true;
                    break;
                }
                up = up.parentId == null ? null : byId.get(up.parentId);
            }
            if (!nested) {
                topmost.add(u.id);
            }
        }
        return topmost.isEmpty() ? List.of(orgUnitId) : topmost;
    }
}
