package vn.tochuc.task.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.task.access.UnitAccess;

/**
 * The congress progress board of a subtree as of a date (bảng tiến độ đại hội): per level (unit kind) and per unit
 * directly below the root (its whole branch), how many plans there are, how many have a planned date, how many are
 * prepared (personnel plan approved, congress not yet held), held, and late (not held and its planned date or its
 * level's deadline passed, or held after the deadline). One SQL aggregate over the subtree; the evaluation feature
 * reads {@link #of} for its congress figures.
 */
@ApplicationScoped
public class CongressBoard {

    private static final int MAX_DEPTH = 50;

    @Schema(name = "CongressBoardRow", description = "Counts of one level (unitKind) or one branch (unitId)")
    public record Row(UUID unitId, @Schema(examples = "Đảng bộ xã Tam Dương") String unitName,
            @Schema(examples = "GRASSROOTS_PARTY_COMMITTEE") String unitKind, long plans, long planned, long prepared,
            long held, long late,
            @Schema(description = "The rule versions that judged these plans, by legal basis")
            List<String> ruleVersions) {
    }

    @Schema(name = "CongressBoard")
    public record Report(UUID orgUnitId, @Schema(examples = "Tỉnh ủy Vĩnh Phúc") String unitName,
            @Schema(examples = "2025-2030") String term, LocalDate asOf, Row total, List<Row> byLevel,
            @Schema(description = "The root's own plan first, then each unit directly below with its subtree")
            List<Row> byUnit) {
    }

    private final UnitAccess access;
    private final EntityManager em;

    CongressBoard(UnitAccess access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    /** The board of the subtree of {@code rootId}, which must be in the caller's scope (404 otherwise). */
    public Report of(UUID rootId, String term, LocalDate asOf) {
        OrgUnitView root = OrgUnitView.findById(rootId);
        if (root == null || !access.covers(rootId)) {
            throw ProblemException.notFound("org unit", rootId);
        }
        Row total = new Row(null, null, null, 0, 0, 0, 0, 0, List.of());
        List<Row> byLevel = new ArrayList<>();
        Map<UUID, Row> byBranch = new HashMap<>();
        for (Object[] r : counts(rootId, term, asOf)) {
            boolean perBranch = ((Number) r[0]).intValue() == 0;
            boolean perKind = ((Number) r[1]).intValue() == 0;
            Row row = new Row(perBranch ? uuid(r[2]) : null, null, perKind ? (String) r[3] : null, count(r[4]),
                    count(r[5]), count(r[6]), count(r[7]), count(r[8]), versions((String) r[9]));
            if (perBranch) {
                byBranch.put(row.unitId(), row);
            } else if (perKind) {
                byLevel.add(row);
            } else {
                total = row;
            }
        }
        List<OrgUnitView> branches = new ArrayList<>(List.of(root));
        branches.addAll(OrgUnitView.<OrgUnitView>list("parentId = ?1 order by name", rootId));
        List<Row> byUnit = branches.stream().map(unit -> named(byBranch.get(unit.id), unit)).toList();
        byLevel.sort(Comparator.comparing(Row::unitKind));
        return new Report(rootId, root.name, term, asOf, total, byLevel, byUnit);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> counts(UUID rootId, String term, LocalDate asOf) {
        return em.createNativeQuery("""
                with recursive sub(id, branch, depth) as (
                    select id, id, 0 from org_unit_view where id = ?1
                    union all
                    select c.id, case when s.depth = 0 then c.id else s.branch end, s.depth + 1
                    from org_unit_view c join sub s on c.parent_id = s.id
                    where s.depth < ?4),
                plans as (
                    select s.branch, v.kind, p.planned_date, p.deadline, p.held_on,
                           p.held_on is not null and p.held_on <= ?3 as held,
                           p.personnel_approved_on is not null and p.personnel_approved_on <= ?3 as approved,
                           rs.basis_document || ' (' || coalesce(rs.basis_issued_on::text, '') || ')' as rules
                    from sub s
                    join congress_plan p on p.unit_id = s.id and p.term = ?2
                        and (p.closed_on is null or p.closed_on > ?3)
                    join org_unit_view v on v.id = s.id
                    left join rule_version rs on rs.id = p.rule_version_id)
                select grouping(branch), grouping(kind), branch, kind, count(*),
                       count(*) filter (where planned_date is not null),
                       count(*) filter (where approved and not held),
                       count(*) filter (where held),
                       count(*) filter (where (not held and (planned_date < ?3 or deadline < ?3))
                                           or (held and held_on > deadline)),
                       string_agg(distinct rules, ', ')
                from plans
                group by grouping sets ((branch), (kind), ())""")
                .setParameter(1, rootId).setParameter(2, term).setParameter(3, asOf).setParameter(4, MAX_DEPTH)
                .getResultList();
    }

    private static Row named(Row counted, OrgUnitView unit) {
        Row row = counted == null ? new Row(unit.id, null, null, 0, 0, 0, 0, 0, List.of()) : counted;
        return new Row(unit.id, unit.name, unit.kind, row.plans(), row.planned(), row.prepared(), row.held(),
                row.late(), row.ruleVersions());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static List<String> versions(String joined) {
        return joined == null ? List.of() : List.of(joined.split(", "));
    }
}
