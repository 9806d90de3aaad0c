package vn.tochuc.cadre.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tochuc.cadre.service.PersonAccess;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.security.SignedInCaller;

/** Party-member statistics with Vietnamese labels, for the JSON answer and the XLSX download alike. */
@ApplicationScoped
public class MemberStatisticsService {

    private static final Map<String, String> SEXES = Map.of("MALE", "Nam", "FEMALE", "Nữ");
    /** The age bands as the Board's statistics forms word them. */
    private static final Map<String, String> AGE_BANDS = Map.of("30-", "Từ 30 tuổi trở xuống", "31-40",
            "Từ 31 đến 40 tuổi", "41-50", "Từ 41 đến 50 tuổi", "51-60", "Từ 51 đến 60 tuổi", "61+", "Trên 60 tuổi");
    /** What the Board's forms call a value the person did not declare. */
    static final String NOT_DECLARED = "Chưa kê khai";

    private final MemberStatisticsQueries queries;
    private final PersonAccess access;
    private final SignedInCaller caller;
    private final int minCellSize;

    MemberStatisticsService(MemberStatisticsQueries queries, PersonAccess access, SignedInCaller caller,
            @ConfigProperty(name = "tochuc.statistics.min-cell-size", defaultValue = "5") int minCellSize) {
        if (minCellSize < 2) {
            throw new IllegalArgumentException("tochuc.statistics.min-cell-size must be at least 2 (5 or more is "
                    + "usual); it was " + minCellSize);
        }
        this.caller = caller;
        this.minCellSize = minCellSize;
        this.queries = queries;
        this.access = access;
    }

    public MemberStatistics compute(UUID unit, LocalDate asOf, LocalDate from, LocalDate to) {
        OrgUnitView view = unit == null ? null : OrgUnitView.findById(unit);
        if (unit != null && view == null) {
            throw new ProblemException(422, "unknown-unit", "orgUnitId " + unit + " is not an org unit this service "
                    + "knows; org units come from org-service.")
                    .vi("orgUnitId " + unit + " không phải đơn vị mà dịch vụ này biết; các đơn vị lấy từ org-service.");
        }
        access.requireUnit("orgUnitId", unit);
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "must not be after to (" + to + ")");
        }
        Map<String, Map<String, long[]>> counts = queries.counts(unit, asOf);
        long[] total = counts.getOrDefault("TOTAL", Map.of()).values().stream()
                .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        List<MemberStatistics.Line> ageBands = new ArrayList<>();
        for (String band : MemberStatisticsQueries.ageBands()) {
            long[] split = counts.getOrDefault("AGE_BAND", Map.of()).getOrDefault(band, new long[2]);
            ageBands.add(line(band, AGE_BANDS.get(band), split));
        }
        Integer step = caller.seesSensitiveFields() ? null : minCellSize;
        return new MemberStatistics(unit, view == null ? null : view.name, asOf,
                total[MemberStatisticsQueries.FULL] + total[MemberStatisticsQueries.PROBATIONARY],
                total[MemberStatisticsQueries.FULL], total[MemberStatisticsQueries.PROBATIONARY], ageBands,
                lines(counts.get("SEX"), SEXES),
                rounded(counts.get("ETHNICITY"), step, queries.names("ethnicities")),
                rounded(counts.get("RELIGION"), step, queries.names("religions")),
                lines(counts.get("EDUCATION"), queries.names("education-levels")),
                lines(counts.get("THEORY"), queries.names("political-theory-levels")),
                queries.movements(unit, from, to), step);
    }

    /** A sensitive dimension: exact with its split for callers who see it, else rounded without the split. */
    private static List<MemberStatistics.Line> rounded(Map<String, long[]> counts, Integer step,
            Map<String, String> names) {
        if (counts == null || step == null) {
            return lines(counts, names);
        }
        Map<String, Long> totals = new java.util.HashMap<>();
        counts.forEach((code, split) -> totals.put(code, split[0] + split[1]));
        return sorted(protect(totals, step).entrySet().stream()
                .map(e -> new MemberStatistics.Line(e.getKey(), name(e.getKey(), names), e.getValue(), null, null)));
    }

    /**
     * Statistical disclosure control for callers who may not see ethnicity or religion: every count is rounded
     * down to a multiple of {@code step} and what rounds to 0 (fewer than {@code step} members) is left out. A
     * threshold alone would not do: with exact counts above it, the same report for two asOf dates a day apart
     * differs by exactly the one member admitted or gone, and the movements say who. Rounded, a change of one member
     * shows only when it crosses a multiple of the step, and then as a step, not as one. The same rule for every
     * cell and every date, so reports are consistent with each other.
     */
    static Map<String, Long> protect(Map<String, Long> counts, Integer step) {
        if (counts == null || step == null) {
            return counts;
        }
        Map<String, Long> rounded = new java.util.HashMap<>();
        counts.forEach((code, count) -> {
            long kept = count / step * step;
            if (kept > 0) {
                rounded.put(code, kept);
            }
        });
        return rounded;
    }

    /** Largest first; a missing value is reported as "not declared" rather than dropped. */
    private static List<MemberStatistics.Line> lines(Map<String, long[]> counts, Map<String, String> names) {
        if (counts == null) {
            return List.of();
        }
        return sorted(counts.entrySet().stream().map(e -> line(e.getKey(), name(e.getKey(), names), e.getValue())));
    }

    private static List<MemberStatistics.Line> sorted(java.util.stream.Stream<MemberStatistics.Line> lines) {
        return lines.sorted(Comparator.comparingLong(MemberStatistics.Line::count).reversed()
                .thenComparing(line -> line.code() == null ? "~" : line.code())).toList();
    }

    private static MemberStatistics.Line line(String code, String name, long[] split) {
        return new MemberStatistics.Line(code, name, split[MemberStatisticsQueries.FULL]
                + split[MemberStatisticsQueries.PROBATIONARY], split[MemberStatisticsQueries.FULL],
                split[MemberStatisticsQueries.PROBATIONARY]);
    }

    private static String name(String code, Map<String, String> names) {
        return code == null ? NOT_DECLARED : names.getOrDefault(code, code);
    }
}
