package vn.tochuc.cadre.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.RetirementOverride;
import vn.tochuc.cadre.domain.Sex;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.repository.PersonQueries;
import vn.tochuc.cadre.rest.RetirementEntry;
import vn.tochuc.platform.web.QueryParams;

/**
 * Who reaches the retirement age from this month to {@code months} months ahead. Cadres are the living persons
 * recorded as working in an org unit; the database narrows them to the birth months that can retire in the window,
 * and the roadmap in force month by month ({@link RetirementRoadmap}) decides exactly and names its version.
 */
@ApplicationScoped
public class RetirementForecast {

    public static final int MAX_MONTHS = 24;

    private final PersonQueries queries;
    private final PersonMapper mapper;
    private final UnitScope unitScope;
    private final RetirementRoadmap roadmap;

    RetirementForecast(PersonQueries queries, PersonMapper mapper, UnitScope unitScope, RetirementRoadmap roadmap) {
        this.queries = queries;
        this.mapper = mapper;
        this.unitScope = unitScope;
        this.roadmap = roadmap;
    }

    public List<RetirementEntry> forecast(String monthsParam, String orgUnitId, LocalDate today) {
        int months = QueryParams.integer("months", monthsParam, 12, 1, MAX_MONTHS);
        YearMonth from = YearMonth.from(today);
        YearMonth to = YearMonth.from(today.plusMonths(months));
        List<UUID> units = unitScope.subtree(orgUnitId);
        List<RetirementEntry> entries = new ArrayList<>();
        RetirementRoadmap.Ages ages = roadmap.ages();
        for (Sex sex : Sex.values()) {
            // Born no later than the lowest age asked in the window allows, and no earlier than the highest asked in
            // it or in the month before (someone who did not qualify then, under a version that asked more).
            int lowest = Integer.MAX_VALUE;
            int highest = 0;
            for (YearMonth m = from.minusMonths(1); !m.isAfter(to); m = m.plusMonths(1)) {
                lowest = Math.min(lowest, ages.monthsIn(sex, m));
                highest = Math.max(highest, ages.monthsIn(sex, m));
            }
            LocalDate bornFrom = from.minusMonths(highest).atDay(1);
            LocalDate bornTo = to.minusMonths(lowest).atEndOfMonth();
            List<Person> cohort = units == null
                    ? Person.list("sex = ?1 and deathDate is null and currentOrgUnitId is not null and "
                            + "birthDateFloor between ?2 and ?3", sex, bornFrom, bornTo)
                    : Person.list("sex = ?1 and deathDate is null and currentOrgUnitId in ?4 and "
                            + "birthDateFloor between ?2 and ?3", sex, bornFrom, bornTo, units);
            Map<UUID, RetirementOverride> decided = RetirementOverride.inEffect(cohort.stream().map(p -> p.id)
                    .toList());
            for (Person p : cohort) {
                RetirementRoadmap.Retirement r = ages.of(sex, p.dateOfBirth());
                // A decision takes precedence over the roadmap: such persons are listed below, by the decision's day.
                if (!decided.containsKey(p.id) && !r.month().isBefore(from) && !r.month().isAfter(to)) {
                    entries.add(new RetirementEntry(p.id, mapper.toSummary(p).fullName(), sex,
                            p.dateOfBirth().toString(), p.currentOrgUnitId, r.ageMonths() / 12, r.ageMonths() % 12,
                            r.retiresOn(), r.pensionFrom(), r.basis(), null, null));
                }
            }
        }
        for (RetirementOverride o : RetirementOverride.retiringBetween(from.atDay(1), to.atEndOfMonth())) {
            Person p = Person.findById(o.personId);
            boolean inScope = p != null && p.deathDate == null && p.currentOrgUnitId != null
                    && (units == null || units.contains(p.currentOrgUnitId));
            if (inScope && RetirementOverride.inEffect(o.personId).map(latest -> latest.id.equals(o.id)).orElse(false)) {
                int age = (o.retiresOn.getYear() - p.dateOfBirth().year()) * 12 + o.retiresOn.getMonthValue()
                        - (p.dateOfBirth().month() == null ? 1 : p.dateOfBirth().month());
                entries.add(new RetirementEntry(p.id, mapper.toSummary(p).fullName(), p.sex,
                        p.dateOfBirth().toString(), p.currentOrgUnitId, age / 12, age % 12, o.retiresOn,
                        o.retiresOn.withDayOfMonth(1).plusMonths(1),
                        "Decision " + o.decisionNumber + " of " + o.decidedOn + " (" + o.kind + ", " + o.ground
                                + ") under " + o.basis, o.id, o.roadmapDate));
            }
        }
        entries.sort(Comparator.comparing(RetirementEntry::retiresOn).thenComparing(RetirementEntry::fullName));
        return entries;
    }
}
