package vn.tochuc.platform.orgscope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Walks the org read model's tree as it stands today. */
@ApplicationScoped
public class OrgUnitTree implements OrgSubtrees {

    private final EntityManager em;

    OrgUnitTree(EntityManager em) {
        this.em = em;
    }

    /**
     * The given units and every unit below them. Ceased units are included: people still recorded there stay
     * reachable from the parent until they are moved.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> subtrees(Collection<UUID> roots) {
        List<Object> ids = em.createNativeQuery("""
                with recursive below(id, depth) as (
                    select id, 0 from org_unit_view where id = any(cast(?1 as uuid[]))
                    union all
                    select child.id, below.depth + 1 from org_unit_view child
                    join below on child.parent_id = below.id
                    where below.depth < ?2)
                select distinct id from below""")
                .setParameter(1, roots.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(2, MAX_DEPTH).getResultList();
        return OrgSubtrees.ids(ids);
    }
}
