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
import vn.tochuc.cadre.domain.RetirementAge;
import vn.tochuc.cadre.domain.RetirementOverride;
import vn.tochuc.cadre.domain.Sex;
import vn.tochuc.cadre.mapping.PersonMapper;
import vn.tochuc.cadre.repository.PersonQueries;
import vn.tochuc.cadre.rest.RetirementEntry;
import vn.tochuc.platform.web.QueryParams;

/**
 * Who reaches the retirement age from this month to {@code months} months ahead. Cadres are the living persons
 * recorded as working in an org unit; the database narrows them to the birth months that can retire in the window,
 * and {@link RetirementAge} decides exactly.
 */
@ApplicationScoped
public class RetirementForecast {

    public static final int MAX_MONTHS = 24;

    /** How an entry by the statutory age names its basis. */
    static final String ROADMAP = "Statutory age: Bộ luật Lao động 2019 Điều 169, Nghị định 135/2020/NĐ-CP Điều 4";

    private final PersonQueries queries;
    private final PersonMapper mapper;
    private final UnitScope unitScope;

    RetirementForecast(PersonQueries queries, PersonMapper mapper, UnitScope unitScope) {
        this.queries = queries;
        this.mapper = mapper;
        this.unitScope = unitScope;
    }

    public List<RetirementEntry> forecast(String monthsParam, String orgUnitId, LocalDate today) {
        int months = QueryParams.integer("months", monthsParam, 12, 1, MAX_MONTHS);
        YearMonth from = YearMonth.from(today);
        YearMonth to = YearMonth.from(today.plusMonths(months));
        List<UUID> units = unitScope.subtree(orgUnitId);
        List<RetirementEntry> entries = new ArrayList<>();
        for (Sex sex : Sex.values()) {
            LocalDate bornFrom = from.minusMonths(RetirementAge.monthsIn(sex, to.getYear())).atDay(1);
            LocalDate bornTo = to.minusMonths(RetirementAge.monthsIn(sex, from.getYear())).atEndOfMonth();
            List<Person> cohort = units == null
                    ? Person.list("sex = ?1 and deathDate is null and currentOrgUnitId is not null and "
                            + "birthDateFloor between ?2 and ?3", sex, bornFrom, bornTo)
                    : Person.list("sex = ?1 and deathDate is null and currentOrgUnitId in ?4 and "
                            + "birthDateFloor between ?2 and ?3", sex, bornFrom, bornTo, units);
            Map<UUID, RetirementOverride> decided = RetirementOverride.inEffect(cohort.stream().map(p -> p.id)
                    .toList());
            for (Person p : cohort) {
                YearMonth month = RetirementAge.month(sex, p.dateOfBirth());
                // A decision takes precedence over the roadmap: such persons are listed below, by the decision's day.
                if (!decided.containsKey(p.id) && !month.isBefore(from) && !month.isAfter(to)) {
                    int age = RetirementAge.monthsIn(sex, month.getYear());
                    entries.add(new RetirementEntry(p.id, mapper.toSummary(p).fullName(), sex,
                            p.dateOfBirth().toString(), p.currentOrgUnitId, age / 12, age % 12, month.atEndOfMonth(),
                            month.plusMonths(1).atDay(1), ROADMAP, null, null));
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
