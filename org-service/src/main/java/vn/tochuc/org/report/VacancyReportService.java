package vn.tochuc.org.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tochuc.org.domain.JobPosition;
import vn.tochuc.org.domain.OrgUnitSnapshot;
import vn.tochuc.org.domain.StaffingQuota;
import vn.tochuc.org.repository.PositionRepository;
import vn.tochuc.org.repository.PositionRepository.Holder;
import vn.tochuc.org.repository.PositionRepository.PositionOnDate;
import vn.tochuc.org.report.VacancyReport.EmptyPost;
import vn.tochuc.org.report.VacancyReport.Figures;
import vn.tochuc.org.report.VacancyReport.PositionLine;
import vn.tochuc.org.report.VacancyReport.QuotaLine;
import vn.tochuc.org.service.OrgUnitService;

/**
 * Builds the vacancy report from four set-based reads (subtree, positions, holders, quotas) rather than unit by
 * unit, so a province-wide report stays a handful of queries.
 */
@ApplicationScoped
public class VacancyReportService {

    private final OrgUnitService units;
    private final PositionRepository positions;

    VacancyReportService(OrgUnitService units, PositionRepository positions) {
        this.units = units;
        this.positions = positions;
    }

    public VacancyReport build(UUID orgUnitId, LocalDate asOf) {
        List<OrgUnitSnapshot> subtree = units.subtree(orgUnitId, asOf, OrgUnitService.MAX_DEPTH);
        List<UUID> unitIds = subtree.stream().map(OrgUnitSnapshot::id).toList();
        Map<UUID, List<PositionOnDate>> positionsByUnit = positions.inUnits(unitIds, asOf).stream()
                .collect(Collectors.groupingBy(PositionOnDate::orgUnitId));
        Map<UUID, List<Holder>> holdersByPosition = positions.holders(positionsByUnit.values().stream()
                .flatMap(List::stream).map(PositionOnDate::id).toList(), asOf).stream()
                .collect(Collectors.groupingBy(Holder::positionId));
        Map<UUID, List<StaffingQuota>> quotasByUnit = quotasInEffect(unitIds, asOf).stream()
                .collect(Collectors.groupingBy(q -> q.orgUnitId));
        Map<UUID, Integer> jobHeadcount = jobPositionsInEffect(unitIds, asOf).stream()
                .collect(Collectors.groupingBy(j -> j.orgUnitId, Collectors.summingInt(j -> j.headcount)));

        List<VacancyReport.Unit> lines = new ArrayList<>();
        List<EmptyPost> empty = new ArrayList<>();
        Set<UUID> everyone = new HashSet<>();
        Figures total = new Figures(0, 0, 0, 0, 0, 0, null, 0);
        for (OrgUnitSnapshot unit : subtree) {
            List<PositionLine> positionLines = new ArrayList<>();
            Set<UUID> people = new HashSet<>();
            for (PositionOnDate p : positionsByUnit.getOrDefault(unit.id(), List.of())) {
                List<Holder> holders = holdersByPosition.getOrDefault(p.id(), List.of());
                holders.forEach(h -> people.add(h.personId()));
                int vacant = Math.max(0, p.seats() - holders.size());
                positionLines.add(new PositionLine(p.id(), p.titleCode(), p.titleName(), p.managingBody(), p.seats(),
                        holders.stream().map(h -> new VacancyReport.Holder(h.personId(), h.personName(),
                                h.appointmentId(), h.kind(), h.startDate())).toList(), vacant));
                if (vacant > 0) {
                    empty.add(new EmptyPost(unit.id(), unit.name(), p.id(), p.titleCode(), p.titleName(), p.seats(),
                            holders.size(), vacant));
                }
            }
            everyone.addAll(people);
            List<QuotaLine> quotas = quotasByUnit.getOrDefault(unit.id(), List.of()).stream()
                    .sorted((a, b) -> a.category.compareTo(b.category))
                    .map(q -> new QuotaLine(q.id, q.category, q.count, q.decision())).toList();
            Figures figures = figures(positionLines, quotas, people.size(), jobHeadcount.getOrDefault(unit.id(), 0));
            total = add(total, figures);
            lines.add(new VacancyReport.Unit(unit.id(), unit.code(), unit.name(), unit.depth(), positionLines, quotas,
                    figures));
        }
        // A person holding seats in two units is one person in the subtree's total, not two.
        Figures totals = new Figures(total.positions(), total.seats(), total.filledSeats(), total.vacantSeats(),
                total.quota(), everyone.size(), total.quotaUnfilled() == null ? null : total.quota() - everyone.size(),
                total.jobPositionHeadcount());
        return new VacancyReport(orgUnitId, asOf, asOf.getYear(), lines,
                new VacancyReport.Totals(subtree.size(), totals), empty);
    }

    private static Figures figures(List<PositionLine> positions, List<QuotaLine> quotas, int people, int jobs) {
        int seats = positions.stream().mapToInt(PositionLine::seats).sum();
        int vacant = positions.stream().mapToInt(PositionLine::vacantSeats).sum();
        int quota = quotas.stream().mapToInt(QuotaLine::count).sum();
        // no quota in effect: nothing to fill, rather than "-people unfilled"
        Integer unfilled = quotas.isEmpty() ? null : quota - people;
        return new Figures(positions.size(), seats, seats - vacant, vacant, quota, people, unfilled, jobs);
    }

    private static Figures add(Figures a, Figures b) {
        return new Figures(a.positions() + b.positions(), a.seats() + b.seats(), a.filledSeats() + b.filledSeats(),
                a.vacantSeats() + b.vacantSeats(), a.quota() + b.quota(), a.peopleInPost() + b.peopleInPost(),
                sumOfKnown(a.quotaUnfilled(), b.quotaUnfilled()), a.jobPositionHeadcount() + b.jobPositionHeadcount());
    }

    /** Null only when neither is known: a unit without a quota adds nothing to fill. */
    private static Integer sumOfKnown(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Integer.valueOf(a + b);
    }

    private static List<StaffingQuota> quotasInEffect(List<UUID> unitIds, LocalDate asOf) {
        return StaffingQuota.list("orgUnitId in ?1 and quotaYear = ?2 and validFrom <= ?3 "
                + "and (validTo is null or validTo > ?3)", unitIds, asOf.getYear(), asOf);
    }

    private static List<JobPosition> jobPositionsInEffect(List<UUID> unitIds, LocalDate asOf) {
        return JobPosition.list("orgUnitId in ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)",
                unitIds, asOf);
    }
}
