package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.PartialDate;
import vn.tochuc.cadre.domain.PartyActivity;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.QualityRating;
import vn.tochuc.cadre.domain.RestrictedRead;
import vn.tochuc.cadre.domain.Sex;
import vn.tochuc.platform.orgscope.OrgUnitTree;
import vn.tochuc.platform.persistence.Filters;

/**
 * The person list: filters combined with AND, in Vietnamese name order, continued after a keyset position; a page
 * with its memberships and cells in one statement.
 */
@ApplicationScoped
public class PersonQueries {

    /** The columns of {@link #statement} and the Java type each is read as, in the statement's order. */
    private static final List<Map.Entry<String, Class<?>>> LISTED = List.of(Map.entry("id", UUID.class),
            Map.entry("surname", String.class), Map.entry("middle_name", String.class),
            Map.entry("given_name", String.class), Map.entry("used_surname", String.class),
            Map.entry("used_middle_name", String.class), Map.entry("used_given_name", String.class),
            Map.entry("sex", String.class), Map.entry("birth_year", Integer.class),
            Map.entry("birth_month", Integer.class), Map.entry("birth_day", Integer.class),
            Map.entry("birth_precision", String.class), Map.entry("ethnicity_code", String.class),
            Map.entry("political_theory_code", String.class), Map.entry("current_org_unit_id", UUID.class),
            Map.entry("version", Long.class), Map.entry("sort_key", String.class),
            Map.entry("membership_id", UUID.class), Map.entry("stage", String.class),
            Map.entry("activity", String.class), Map.entry("cell_id", UUID.class),
            Map.entry("cell_name", String.class), Map.entry("admitted_on", LocalDate.class),
            Map.entry("full_membership_due_on", LocalDate.class), Map.entry("full_membership_on", LocalDate.class),
            Map.entry("left_on", LocalDate.class));

    private final OrgUnitTree tree;
    private final NameShares shares;

    PersonQueries(OrgUnitTree tree, NameShares shares) {
        this.tree = tree;
        this.shares = shares;
    }

    /** Every criterion is optional; {@code afterSortKey}/{@code afterId} continue a previous page. */
    public record Criteria(String foldedQuery, Sex sex, String ethnicityCode, String politicalTheoryCode,
            LocalDate bornOnOrBefore, LocalDate bornAfter, List<UUID> orgUnitIds, MembershipStage membershipStage,
            UUID positionId, QualityRating.Grade rating, int ratingYear, String afterSortKey, UUID afterId) {
    }

    /** A statement with its named parameters, as {@link #find} sends it (and a benchmark explains it). */
    public record Statement(String sql, Map<String, Object> params) {

        /** The native query of this statement, with every parameter set. */
        public Query query(EntityManager em) {
            Query query = em.createNativeQuery(sql);
            params.forEach(query::setParameter);
            return query;
        }
    }

    /**
     * One page of the list, in one statement: the page's persons with the list's columns, each person's membership
     * as a CV shows it and its cell's name. One round trip to PostgreSQL; before, the persons (as entities, with the
     * CV sections the list does not show) and the memberships with their cells were two.
     */
    public List<ListedPerson> find(Criteria c, int limit, Optional<Recorded> recorded) {
        NativeQuery<?> query = statement(c, limit, recorded).query(Person.getEntityManager())
                .unwrap(NativeQuery.class);
        LISTED.forEach(column -> query.addScalar(column.getKey(), column.getValue()));
        List<ListedPerson> page = new ArrayList<>();
        for (Object row : query.getResultList()) {
            page.add(listed((Object[]) row));
        }
        return page;
    }

    /**
     * The statement of {@link #find}. The page's ids come from a subquery, by name (see {@link #byName}) or, without
     * a name, in name order over the same filters; the outer statement reads those rows by primary key with their
     * columns, the membership (a lateral subquery of at most one row per person, in the order of
     * {@code MembershipLists.currentOf}: the one not left, else the newest, by party_membership_by_person) and the
     * cell's name from the org read model.
     */
    public Statement statement(Criteria c, int limit) {
        return statement(c, limit, Optional.empty());
    }

    /**
     * A read of sensitive fields to record in the page's own statement: the first {@code shown} persons of the page
     * (the page is read one row longer than it is shown, to know whether another follows).
     */
    public record Recorded(RestrictedRead.Reader reader, int shown) {
    }

    /**
     * {@link #statement(Criteria, int)}, and when {@code recorded} is given, the insert of the restricted reads of
     * the persons shown in the same statement (a data-modifying WITH, run to completion whatever the outer query
     * reads). Sent with no transaction open, the statement commits on its own before its rows reach the service,
     * so a page that is answered is on record, as RestrictedReads guarantees, in one round trip instead of two;
     * inside a transaction it commits with it.
     */
    public Statement statement(Criteria c, int limit, Optional<Recorded> recorded) {
        Statement read = readStatement(c, limit);
        if (recorded.isEmpty()) {
            return read;
        }
        Map<String, Object> params = new HashMap<>(read.params());
        params.putAll(recorded.get().reader().parameters());
        params.put("shownRows", recorded.get().shown());
        String sql = "with page as materialized (" + read.sql() + "), recorded as ("
                + recorded.get().reader().insertOfSensitiveFields(
                        "select page.id from page order by page.sort_key, page.id limit :shownRows")
                + ") select * from page order by page.sort_key, page.id";
        return new Statement(sql, params);
    }

    private Statement readStatement(Criteria c, int limit) {
        Filters filters = filters(c);
        String where = filters.where();
        Map<String, Object> params = new HashMap<>(filters.params());
        params.put("pageRows", limit);
        String ids;
        if (c.foldedQuery() == null) {
            ids = "select q.id from person q where " + where + " order by q.sort_key, q.id limit :pageRows";
        } else {
            ids = byName(c.foldedQuery(), where, params);
        }
        String sql = "select p.id, p.surname, p.middle_name, p.given_name, p.used_surname, p.used_middle_name,"
                + " p.used_given_name, p.sex, p.birth_year, p.birth_month, p.birth_day, p.birth_precision,"
                + " p.ethnicity_code, p.political_theory_code, p.current_org_unit_id, p.version, p.sort_key,"
                + " m.id as membership_id, m.stage, m.activity, m.cell_id, c.name as cell_name, m.admitted_on,"
                + " m.full_membership_due_on, m.full_membership_on, m.left_on"
                + " from person p"
                + " left join lateral (select m.id, m.stage, m.activity, m.cell_id, m.admitted_on,"
                + " m.full_membership_due_on, m.full_membership_on, m.left_on from party_membership m"
                + " where m.person_id = p.id order by m.stage = 'LEFT', m.admitted_on desc, m.id limit 1) m on true"
                + " left join org_unit_view c on c.id = m.cell_id"
                + " where p.id in (" + ids + ") order by p.sort_key, p.id";
        return new Statement(sql, params);
    }

    /** The list's filters over person q, each only when its criterion is given, and the keyset position. */
    private static Filters filters(Criteria c) {
        return new Filters()
                .and("q.search_key like :pattern escape '!'", "pattern",
                        c.foldedQuery() == null ? null : "%" + escapeLike(c.foldedQuery()) + "%")
                .and("q.sex = :sex", "sex", c.sex() == null ? null : c.sex().name())
                .and("q.ethnicity_code = :ethnicity", "ethnicity", c.ethnicityCode())
                .and("q.political_theory_code = :theory", "theory", c.politicalTheoryCode())
                .and("q.birth_date_floor <= :bornOnOrBefore", "bornOnOrBefore", c.bornOnOrBefore())
                .and("q.birth_date_floor > :bornAfter", "bornAfter", c.bornAfter())
                .and("q.current_org_unit_id in (:units)", "units", c.orgUnitIds())
                .and("q.id in (select m.person_id from party_membership m where m.stage = :stage)", "stage",
                        c.membershipStage() == null ? null : c.membershipStage().name())
                // Holding the position today: started, and not yet ended (end_date is the first day no longer held).
                .and("q.id in (select a.person_id from appointment a where a.position_id = :position"
                        + " and a.start_date <= :today and (a.end_date is null or a.end_date > :today))",
                        "position", c.positionId(), "today", LocalDate.now())
                .and("q.id in (select r.person_id from quality_rating r where r.year = :ratingYear"
                        + " and r.rating = :rating)", "rating", c.rating() == null ? null : c.rating().name(),
                        "ratingYear", c.ratingYear())
                // A row comparison, which the walk reads as where to start in the index.
                .and("(q.sort_key, q.id) > (:afterSort, :afterId)", "afterSort", c.afterSortKey(),
                        "afterId", c.afterId());
    }

    /**
     * The page's ids of a search by name, in SQL because its two ways to the page are PostgreSQL's own (V74_13):
     * the name-order walk over person_sort_search, which checks each entry's search_key without reading the table
     * and stops at the page's last row (cheap when many names match: "nguyen van" is one in thirty-five), and the
     * index of the names' suffixes, which finds exactly the rows containing the text and sorts them (cheap when few
     * match: "tran thi hoa", 179 of 2,000,000). The planner cannot choose between them (it has no estimate for a
     * prefix of the suffixes and multiplies the like's with it), so the service chooses ({@link NameShares}, from
     * the statistics of search_key) and passes the choice in; the branch not chosen is never run. Either way the
     * like (in {@code where}) decides what matches: the same rows in the same order, whichever way they were found.
     */
    private String byName(String folded, String where, Map<String, Object> params) {
        params.put("folded", folded);
        // In the suffix branch the order is on sort_key || '' (the same text, the same "C" collation, so the same
        // order), which the name-order index cannot give: the planner reads the suffix index there, never the walk.
        params.put("walk", shares.walkFirst(Person.getEntityManager(), folded));
        return "(select q.id from person q where " + where + " and person_name_walks(:walk)"
                + " order by q.sort_key, q.id limit :pageRows)"
                + " union all "
                + "(select q.id from person q where " + where
                + " and person_name_suffixes(q.search_key) @@ person_name_query(:folded)"
                + " and not person_name_walks(:walk)"
                + " order by q.sort_key || '', q.id limit :pageRows)";
    }

    /** The unit and every unit below it, as the org read model knows the tree today. */
    public List<UUID> subtree(UUID unitId) {
        return tree.subtrees(List.of(unitId));
    }

    private static ListedPerson listed(Object[] r) {
        ListedPerson.Membership membership = r[17] == null ? null : new ListedPerson.Membership((UUID) r[17],
                MembershipStage.valueOf((String) r[18]), PartyActivity.valueOf((String) r[19]), (UUID) r[20],
                (String) r[21], (LocalDate) r[22], (LocalDate) r[23], (LocalDate) r[24], (LocalDate) r[25]);
        return new ListedPerson((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], Sex.valueOf((String) r[7]),
                new PartialDate((Integer) r[8], (Integer) r[9], (Integer) r[10]),
                PartialDate.Precision.valueOf((String) r[11]), (String) r[12], (String) r[13], (UUID) r[14],
                (Long) r[15], (String) r[16], membership);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
