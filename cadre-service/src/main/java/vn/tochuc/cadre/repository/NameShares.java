package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * How many persons a name search will match, estimated from PostgreSQL's own statistics of {@code search_key}
 * (the column's most common values with their shares, and the histogram's bounds as a sample of the others),
 * and from it which way to the page is cheaper: the name-order walk reads about 51 / share entries of the index
 * and stops, the suffix index reads every matching row and sorts them. A row costs about seven entries, so the walk
 * is the cheaper one when matches^2 >= 51 x rows / 7: at 2,000,000 members from about 3,800 matches, at 200,000
 * from about 1,200. The estimate is the planner's own for {@code like '%q%'} (it cannot apply it to the choice:
 * it has no estimate for the suffix index). The statistics are read at most once a minute, one statement, and a
 * choice costs a substring test of about 2,000 short texts.
 */
@ApplicationScoped
public class NameShares {

    private static final long REFRESH_NANOS = 60_000_000_000L;

    private record Snapshot(List<String> common, double[] shares, List<String> bounds, double otherShare,
            double rows, long readAt) {
    }

    private volatile Snapshot snapshot;

    /** Whether the name-order walk should find the page of names containing {@code folded}. */
    public boolean walkFirst(EntityManager em, String folded) {
        Snapshot s = current(em);
        if (s.rows() <= 0 || (s.common().isEmpty() && s.bounds().isEmpty())) {
            // Never analyzed (a new or small table): the suffix index, whose cost is the matches, cannot go far wrong.
            return false;
        }
        double share = 0;
        for (int i = 0; i < s.common().size(); i++) {
            if (s.common().get(i).contains(folded)) {
                share += s.shares()[i];
            }
        }
        if (!s.bounds().isEmpty()) {
            long hits = s.bounds().stream().filter(b -> b.contains(folded)).count();
            share += s.otherShare() * hits / s.bounds().size();
        }
        return share * share * s.rows() >= 51.0 / 7;
    }

    /** Reads the statistics again on the next search (after an analyze the caller made, in tests). */
    public void forget() {
        snapshot = null;
    }

    private Snapshot current(EntityManager em) {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.readAt() > REFRESH_NANOS) {
            s = read(em);
            snapshot = s;
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Snapshot read(EntityManager em) {
        String column = " where s.schemaname = current_schema() and s.tablename = 'person'"
                + " and s.attname = 'search_key'";
        List<Object[]> rows = em.createNativeQuery("select 'r', null, cast(reltuples as float8) from pg_class"
                + " where oid = cast('person' as regclass)"
                + " union all select 'n', null, cast(s.null_frac as float8) from pg_stats s" + column
                + " union all select 'm', m.v, cast(m.f as float8) from pg_stats s cross join lateral unnest("
                + "cast(cast(s.most_common_vals as text) as text[]), s.most_common_freqs) as m(v, f)" + column
                + " union all select 'b', b.v, null from pg_stats s cross join lateral unnest("
                + "cast(cast(s.histogram_bounds as text) as text[])) as b(v)" + column).getResultList();
        double reltuples = 0;
        double nulls = 0;
        double commonShare = 0;
        List<String> common = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<String> bounds = new ArrayList<>();
        for (Object[] row : rows) {
            switch (row[0].toString()) {
                case "r" -> reltuples = ((Number) row[2]).doubleValue();
                case "n" -> nulls = ((Number) row[2]).doubleValue();
                case "m" -> {
                    common.add((String) row[1]);
                    shares.add(((Number) row[2]).doubleValue());
                    commonShare += ((Number) row[2]).doubleValue();
                }
                default -> bounds.add((String) row[1]);
            }
        }
        return new Snapshot(common, shares.stream().mapToDouble(Double::doubleValue).toArray(), bounds,
                Math.max(0, 1 - commonShare - nulls), reltuples, System.nanoTime());
    }
}
