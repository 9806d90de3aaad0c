package vn.tochuc.org.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.tochuc.platform.orgscope.OrgSubtrees;

/**
 * The caller's org scope (platform OrgScope) from the tree this service owns, as it stands today: the same rule as
 * in cadre-service and task-service, which walk their read model of this tree instead.
 */
@ApplicationScoped
public class OwnTreeSubtrees implements OrgSubtrees {

    private final EntityManager em;

    OwnTreeSubtrees(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> subtrees(Collection<UUID> roots) {
        // The versions in effect today; a ceased unit keeps its last parent, so it stays under it (as OrgUnitTree).
        List<Object> ids = em.createNativeQuery("""
                with recursive below(id, depth) as (
                    select u.id, 0 from org_unit u where u.id = any(cast(?1 as uuid[]))
                    union all
                    select v.unit_id, below.depth + 1 from org_unit_version v
                    join below on v.parent_id = below.id
                    where v.valid_from <= ?3 and (v.valid_to is null or v.valid_to > ?3) and below.depth < ?2)
                select distinct id from below""")
                .setParameter(1, roots.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(2, MAX_DEPTH).setParameter(3, java.sql.Date.valueOf(LocalDate.now()))
                .getResultList();
        return OrgSubtrees.ids(ids);
    }
}
