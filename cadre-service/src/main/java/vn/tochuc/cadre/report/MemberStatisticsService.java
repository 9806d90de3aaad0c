package vn.tochuc.cadre.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.service.PersonAccess;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;

/** Party-member statistics with Vietnamese labels, for the JSON answer and the XLSX download alike. */
@ApplicationScoped
public class MemberStatisticsService {

    private static final Map<String, String> SEXES = Map.of("MALE", "Nam", "FEMALE", "Nữ");
    private static final Map<String, String> AGE_BANDS = Map.of("30-", "Từ 30 tuổi trở xuống", "31-40", "Từ 31 đến 40",
            "41-50", "Từ 41 đến 50", "51-60", "Từ 51 đến 60", "61+", "Trên 60 tuổi");

    private final MemberStatisticsQueries queries;
    private final PersonAccess access;

    MemberStatisticsService(MemberStatisticsQueries queries, PersonAccess access) {
        this.queries = queries;
        this.access = access;
    }

    public MemberStatistics compute(UUID unit, LocalDate asOf, LocalDate from, LocalDate to) {
        if (unit != null && OrgUnitView.findById(unit) == null) {
            throw new ProblemException(422, "unknown-unit", "orgUnitId " + unit + " is not an org unit this service "
                    + "knows; org units come from org-service.");
        }
        access.requireUnit("orgUnitId", unit);
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to (" + to + ")");
        }
        Map<String, Map<String, Long>> counts = queries.counts(unit, asOf);
        long total = counts.getOrDefault("TOTAL", Map.of()).values().stream().mapToLong(Long::longValue).sum();
        List<MemberStatistics.Line> ageBands = new ArrayList<>();
        for (String band : MemberStatisticsQueries.ageBands()) {
            ageBands.add(new MemberStatistics.Line(band, AGE_BANDS.get(band),
                    counts.getOrDefault("AGE_BAND", Map.of()).getOrDefault(band, 0L)));
        }
        return new MemberStatistics(unit, asOf, total, ageBands,
                lines(counts.get("SEX"), SEXES),
                lines(counts.get("ETHNICITY"), queries.names("ethnicities")),
                lines(counts.get("RELIGION"), queries.names("religions")),
                lines(counts.get("EDUCATION"), queries.names("education-levels")),
                lines(counts.get("THEORY"), queries.names("political-theory-levels")),
                queries.movements(unit, from, to));
    }

    /** Largest first; a missing value is reported as "not declared" rather than dropped. */
    private static List<MemberStatistics.Line> lines(Map<String, Long> counts, Map<String, String> names) {
        if (counts == null) {
            return List.of();
        }
        return counts.entrySet().stream()
                .map(e -> new MemberStatistics.Line(e.getKey(),
                        e.getKey() == null ? "Chưa khai" : names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(MemberStatistics.Line::count).reversed()
                        .thenComparing(line -> line.code() == null ? "~" : line.code()))
                .toList();
    }
}
