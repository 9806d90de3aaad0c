package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.QualityRating;
import vn.tochuc.cadre.domain.Sex;
import vn.tochuc.platform.orgscope.OrgUnitTree;
import vn.tochuc.platform.persistence.Filters;

/** The person list: filters combined with AND, in Vietnamese name order, continued after a keyset position. */
@ApplicationScoped
public class PersonQueries {

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

    public List<Person> find(Criteria c, int limit) {
        if (c.foldedQuery() != null) {
            return byName(c, limit);
        }
        Filters filters = new Filters()
                .and("sex = :sex", "sex", c.sex())
                .and("ethnicityCode = :ethnicity", "ethnicity", c.ethnicityCode())
                .and("politicalTheoryCode = :theory", "theory", c.politicalTheoryCode())
                .and("birthDateFloor <= :bornOnOrBefore", "bornOnOrBefore", c.bornOnOrBefore())
                .and("birthDateFloor > :bornAfter", "bornAfter", c.bornAfter())
                .and("currentOrgUnitId in :units", "units", c.orgUnitIds())
                .and("id in (select m.personId from PartyMembership m where m.stage = :stage)", "stage",
                        c.membershipStage())
                // Holding the position today: started, and not yet ended (endDate is the first day no longer held).
                .and("id in (select a.personId from Appointment a where a.positionId = :position"
                        + " and a.startDate <= :today and (a.endDate is null or a.endDate > :today))",
                        "position", c.positionId(), "today", LocalDate.now())
                .and("id in (select r.personId from QualityRating r where r.year = :ratingYear"
                        + " and r.rating = :rating)", "rating", c.rating(), "ratingYear", c.ratingYear())
                .after("sortKey", c.afterSortKey(), c.afterId());
        return Person.<Person>find(filters.orderedBy("sortKey"), filters.params()).page(0, limit).list();
    }

    /**
     * A search by name, in SQL because its two ways to the page are PostgreSQL's own (V74_13): the name-order walk
     * over person_sort_search, which checks each entry's search_key without reading the table and stops at the
     * page's last row (cheap when many names match: "nguyen van" is one in thirty-five), and the index of the
     * names' suffixes, which finds exactly the rows containing the text and sorts them (cheap when few match:
     * "tran thi hoa", 179 of 2,000,000). The planner cannot choose between them (it has no estimate for a prefix of
     * the suffixes and multiplies the like's with it), so the service chooses ({@link NameShares}, from the
     * statistics of search_key) and passes the choice in; the branch not chosen is never run. Either way the like
     * decides what matches: the same rows in the same order as before, whichever way they were found. One
     * statement: the page's ids, then those rows by primary key.
     */
    private List<Person> byName(Criteria c, int limit) {
        Filters filters = new Filters()
                .and("q.search_key like :pattern escape '!'", "pattern", "%" + escapeLike(c.foldedQuery()) + "%")
                .and("q.sex = :sex", "sex", c.sex() == null ? null : c.sex().name())
                .and("q.ethnicity_code = :ethnicity", "ethnicity", c.ethnicityCode())
                .and("q.political_theory_code = :theory", "theory", c.politicalTheoryCode())
                .and("q.birth_date_floor <= :bornOnOrBefore", "bornOnOrBefore", c.bornOnOrBefore())
                .and("q.birth_date_floor > :bornAfter", "bornAfter", c.bornAfter())
                .and("q.current_org_unit_id in (:units)", "units", c.orgUnitIds())
                .and("q.id in (select m.person_id from party_membership m where m.stage = :stage)", "stage",
                        c.membershipStage() == null ? null : c.membershipStage().name())
                .and("q.id in (select a.person_id from appointment a where a.position_id = :position"
                        + " and a.start_date <= :today and (a.end_date is null or a.end_date > :today))",
                        "position", c.positionId(), "today", LocalDate.now())
                .and("q.id in (select r.person_id from quality_rating r where r.year = :ratingYear"
                        + " and r.rating = :rating)", "rating", c.rating() == null ? null : c.rating().name(),
                        "ratingYear", c.ratingYear())
                // A row comparison, which the walk reads as where to start in the index.
                .and("(q.sort_key, q.id) > (:afterSort, :afterId)", "afterSort", c.afterSortKey(),
                        "afterId", c.afterId());
        String where = filters.where();
        Map<String, Object> params = new HashMap<>(filters.params());
        params.put("folded", c.foldedQuery());
        params.put("pageRows", limit);
        // In the suffix branch the order is on sort_key || '' (the same text, the same "C" collation, so the same
        // order), which the name-order index cannot give: the planner reads the suffix index there, never the walk.
        params.put("walk", shares.walkFirst(Person.getEntityManager(), c.foldedQuery()));
        String sql = "select p.* from person p where p.id in ("
                + "(select q.id from person q where " + where + " and person_name_walks(:walk)"
                + " order by q.sort_key, q.id limit :pageRows)"
                + " union all "
                + "(select q.id from person q where " + where
                + " and person_name_suffixes(q.search_key) @@ person_name_query(:folded)"
                + " and not person_name_walks(:walk)"
                + " order by q.sort_key || '', q.id limit :pageRows)"
                + ") order by p.sort_key, p.id";
        Query query = Person.getEntityManager().createNativeQuery(sql, Person.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Person> rows = query.getResultList();
        return rows;
    }

    /** The unit and every unit below it, as the org read model knows the tree today. */
    public List<UUID> subtree(UUID unitId) {
        return tree.subtrees(List.of(unitId));
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
