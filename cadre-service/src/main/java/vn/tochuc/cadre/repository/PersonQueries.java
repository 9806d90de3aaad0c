package vn.tochuc.cadre.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.cadre.domain.MembershipStage;
import vn.tochuc.cadre.domain.Person;
import vn.tochuc.cadre.domain.QualityRating;
import vn.tochuc.cadre.domain.Sex;

/** The person list: filters combined with AND, in Vietnamese name order, continued after a keyset position. */
@ApplicationScoped
public class PersonQueries {

    /** Deep enough for any real hierarchy, bounded against a cycle in bad data. */
    private static final int MAX_DEPTH = 50;

    private final EntityManager em;

    PersonQueries(EntityManager em) {
        this.em = em;
    }

    /** Every criterion is optional; {@code afterSortKey}/{@code afterId} continue a previous page. */
    public record Criteria(String foldedQuery, Sex sex, String ethnicityCode, String politicalTheoryCode,
            LocalDate bornOnOrBefore, LocalDate bornAfter, List<UUID> orgUnitIds, MembershipStage membershipStage,
            UUID positionId, QualityRating.Grade rating, int ratingYear, String afterSortKey, UUID afterId) {
    }

    public List<Person> find(Criteria c, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (c.foldedQuery() != null) {
            where.append(" and searchKey like :q escape '!'");
            params.put("q", "%" + escapeLike(c.foldedQuery()) + "%");
        }
        add(where, params, "sex", "sex = :sex", c.sex());
        add(where, params, "ethnicity", "ethnicityCode = :ethnicity", c.ethnicityCode());
        add(where, params, "theory", "politicalTheoryCode = :theory", c.politicalTheoryCode());
        add(where, params, "bornOnOrBefore", "birthDateFloor <= :bornOnOrBefore", c.bornOnOrBefore());
        add(where, params, "bornAfter", "birthDateFloor > :bornAfter", c.bornAfter());
        add(where, params, "units", "currentOrgUnitId in :units", c.orgUnitIds());
        add(where, params, "stage", "id in (select m.personId from PartyMembership m where m.stage = :stage)",
                c.membershipStage());
        if (c.positionId() != null) {
            // Holding the position today: started, and not yet ended (endDate is the first day no longer held).
            where.append(" and id in (select a.personId from Appointment a where a.positionId = :position"
                    + " and a.startDate <= :today and (a.endDate is null or a.endDate > :today))");
            params.put("position", c.positionId());
            params.put("today", LocalDate.now());
        }
        if (c.rating() != null) {
            where.append(" and id in (select r.personId from QualityRating r where r.year = :ratingYear"
                    + " and r.rating = :rating)");
            params.put("rating", c.rating());
            params.put("ratingYear", c.ratingYear());
        }
        if (c.afterSortKey() != null) {
            where.append(" and (sortKey > :afterKey or (sortKey = :afterKey and id > :afterId))");
            params.put("afterKey", c.afterSortKey());
            params.put("afterId", c.afterId());
        }
        PanacheQuery<Person> query = Person.find(where + " order by sortKey, id", params);
        return query.page(0, limit).list();
    }

    /**
     * The unit and every unit below it, as the org read model knows the tree today. Ceased units are included:
     * people still recorded there stay visible to the parent's officers until they are moved.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> subtree(UUID unitId) {
        List<Object> ids = em.createNativeQuery("""
                with recursive below(id, depth) as (
                    select id, 0 from org_unit_view where id = ?1
                    union all
                    select child.id, below.depth + 1 from org_unit_view child
                    join below on child.parent_id = below.id
                    where below.depth < ?2)
                select distinct id from below""").setParameter(1, unitId).setParameter(2, MAX_DEPTH).getResultList();
        List<UUID> result = new ArrayList<>();
        ids.forEach(id -> result.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())));
        return result;
    }

    private static void add(StringBuilder where, Map<String, Object> params, String name, String clause,
            Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
