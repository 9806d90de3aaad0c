package vn.tochuc.cadre.repository;

import jakarta.enterprise.context.ApplicationScoped;
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

    PersonQueries(OrgUnitTree tree) {
        this.tree = tree;
    }

    /** Every criterion is optional; {@code afterSortKey}/{@code afterId} continue a previous page. */
    public record Criteria(String foldedQuery, Sex sex, String ethnicityCode, String politicalTheoryCode,
            LocalDate bornOnOrBefore, LocalDate bornAfter, List<UUID> orgUnitIds, MembershipStage membershipStage,
            UUID positionId, QualityRating.Grade rating, int ratingYear, String afterSortKey, UUID afterId) {
    }

    public List<Person> find(Criteria c, int limit) {
        Filters filters = new Filters()
                .and("searchKey like :q escape '!'", "q",
                        c.foldedQuery() == null ? null : "%" + escapeLike(c.foldedQuery()) + "%")
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
        if (c.foldedQuery() == null) {
            return Person.<Person>find(filters.orderedBy("sortKey"), filters.params()).page(0, limit).list();
        }
        // A common name ("nguyen van") matches one person in ten: PostgreSQL walks the name-order index and checks
        // each entry's name until the page is full, thousands of entries. The index carries search_key
        // (person_sort_search), so the page's ids alone come from the index without reading the table (an
        // index-only scan, the subquery); then only the page's rows are read, by primary key. One statement, so
        // one round trip to PostgreSQL, and a query Hibernate translates once (a list of ids as a parameter is
        // translated again on every call).
        return Person.<Person>find("id in (select id from Person where " + filters.orderedBy("sortKey")
                + " limit :pageRows) order by sortKey, id", withPageRows(filters.params(), limit)).list();
    }

    private static Map<String, Object> withPageRows(Map<String, Object> params, int limit) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("pageRows", limit);
        return all;
    }

    /** The unit and every unit below it, as the org read model knows the tree today. */
    public List<UUID> subtree(UUID unitId) {
        return tree.subtrees(List.of(unitId));
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
