package vn.tochuc.cadre.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The counting, done in PostgreSQL: one pass over the members of the subtree on the date, grouped by each
 * dimension. The subtree is today's tree from the org read model; membership dates decide who counts.
 */
@ApplicationScoped
public class MemberStatisticsQueries {

    /** Khung tuổi of the Party's statistics forms. */
    static final String AGE_BAND = "case when age <= 30 then '30-' when age <= 40 then '31-40' "
            + "when age <= 50 then '41-50' when age <= 60 then '51-60' else '61+' end";

    private final EntityManager em;

    MemberStatisticsQueries(EntityManager em) {
        this.em = em;
    }

    /** Index of full members in the count arrays of {@link #counts}. */
    static final int FULL = 0;
    /** Index of probationary members in the count arrays of {@link #counts}. */
    static final int PROBATIONARY = 1;

    /**
     * A member counts as full on {@code asOf} when full membership dates from that day or before: recognition dates
     * it from the end of the probation (Điều lệ Đảng, Điều 5), whatever day the cell decided.
     *
     * @return counts by dimension (AGE_BAND, SEX, ETHNICITY, RELIGION, EDUCATION, THEORY, TOTAL) and value, each
     *     as {full, probationary}
     */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, long[]>> counts(UUID unit, LocalDate asOf) {
        String members = "members as (select p.sex, p.ethnicity_code, p.religion_code, p.education_level_code, "
                + "p.political_theory_code, extract(year from age(:asOf, p.birth_date_floor))::int as age, "
                + "(m.full_membership_on is not null and m.full_membership_on <= :asOf) as full_member "
                + "from party_membership m join person p on p.id = m.person_id "
                + "where m.admitted_on <= :asOf and (m.left_on is null or m.left_on > :asOf)"
                + (unit == null ? "" : " and m.cell_id in (select id from scope)") + ")";
        String sql = withScope(unit) + members
                + " select 'AGE_BAND', " + AGE_BAND + ", full_member, count(*) from members group by 2, 3"
                + " union all select 'SEX', sex, full_member, count(*) from members group by 2, 3"
                + " union all select 'ETHNICITY', ethnicity_code, full_member, count(*) from members group by 2, 3"
                + " union all select 'RELIGION', religion_code, full_member, count(*) from members group by 2, 3"
                + " union all select 'EDUCATION', education_level_code, full_member, count(*) from members group by 2, 3"
                + " union all select 'THEORY', political_theory_code, full_member, count(*) from members group by 2, 3"
                + " union all select 'TOTAL', null, full_member, count(*) from members group by 3";
        Query query = em.createNativeQuery(sql).setParameter("asOf", Date.valueOf(asOf));
        bindUnit(query, unit);
        Map<String, Map<String, long[]>> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            long[] split = counts.computeIfAbsent((String) row[0], d -> new HashMap<>())
                    .computeIfAbsent((String) row[1], v -> new long[2]);
            split[Boolean.TRUE.equals(row[2]) ? FULL : PROBATIONARY] += ((Number) row[3]).longValue();
        }
        return counts;
    }

    /** Admitted, arrived, left and died between the two dates, both included, in cells of the subtree. */
    public MemberStatistics.Movements movements(UUID unit, LocalDate from, LocalDate to) {
        String inScope = unit == null ? "true" : "%s in (select id from scope)";
        String sql = withScope(unit) + "counts as (select"
                + " (select count(*) from party_membership m where m.admitted_on between :from and :to and "
                + inScope.formatted("m.admission_cell_id") + ") as admitted,"
                + " (select count(*) from party_membership_history h where h.step = 'TRANSFERRED'"
                + " and h.effective_on between :from and :to and "
                + inScope.formatted("cast(h.details ->> 'toCellId' as uuid)") + ") as arrived,"
                + " (select count(*) from party_membership m where m.left_on between :from and :to"
                + " and m.leave_reason <> 'DECEASED' and " + inScope.formatted("m.cell_id") + ") as left_party,"
                + " (select count(*) from party_membership m where m.left_on between :from and :to"
                + " and m.leave_reason = 'DECEASED' and " + inScope.formatted("m.cell_id") + ") as died)"
                + " select admitted, arrived, left_party, died from counts";
        Query query = em.createNativeQuery(sql).setParameter("from", Date.valueOf(from)).setParameter("to", Date.valueOf(to));
        bindUnit(query, unit);
        Object[] row = (Object[]) query.getSingleResult();
        return new MemberStatistics.Movements(from, to, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }

    /** Code → name of a reference list, for labelling the lines. */
    @SuppressWarnings("unchecked")
    public Map<String, String> names(String list) {
        Map<String, String> names = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "select code, name from reference_code where list_name = ?1").setParameter(1, list).getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    private static String withScope(UUID unit) {
        return unit == null ? "with recursive " : "with recursive scope (id) as (select cast(:unit as uuid)"
                + " union all select v.id from org_unit_view v join scope s on v.parent_id = s.id), ";
    }

    private static void bindUnit(Query query, UUID unit) {
        if (unit != null) {
            query.setParameter("unit", unit.toString());
        }
    }

    static List<String> ageBands() {
        return new ArrayList<>(List.of("30-", "31-40", "41-50", "51-60", "61+"));
    }
}
