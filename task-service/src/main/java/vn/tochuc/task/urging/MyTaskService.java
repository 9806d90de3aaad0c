package vn.tochuc.task.urging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tochuc.platform.orgscope.OrgUnitTree;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.platform.problem.ProblemException;
import vn.tochuc.platform.problem.ProblemText;
import vn.tochuc.task.access.UnitAccess;
import vn.tochuc.task.task.Task;

/**
 * "My tasks": the lists of the units a caller acts for (the token's units and the units below them), or of one unit
 * of that scope and the units below it ({@code orgUnitId}). A province-wide caller has no units of its own, so it
 * names the unit ({@code orgUnitId}); the whole province's lists are the task list's filters.
 */
@ApplicationScoped
public class MyTaskService {

    /** One page of a view, with each task's notice count. */
    public record MyTasks(List<Task> tasks, Map<UUID, Integer> noticeCounts) {
    }

    private final UnitAccess access;
    private final OrgUnitTree tree;
    private final MyTaskQueries queries;

    MyTaskService(UnitAccess access, OrgUnitTree tree, MyTaskQueries queries) {
        this.access = access;
        this.tree = tree;
        this.queries = queries;
    }

    /** Up to {@code limit} tasks of the view after the keyset; {@code days} is the due-soon window. */
    public MyTasks list(MyTaskView view, UUID orgUnitId, int days, LocalDate today, LocalDate afterDeadline,
            UUID afterId, int limit) {
        List<Task> tasks = queries.list(view, units(orgUnitId), today, today.plusDays(days), afterDeadline, afterId,
                limit);
        return new MyTasks(tasks, queries.noticeCounts(tasks.stream().map(t -> t.id).toList()));
    }

    private List<UUID> units(UUID orgUnitId) {
        if (orgUnitId != null) {
            if (OrgUnitView.findById(orgUnitId) == null || !access.covers(orgUnitId)) {
                throw ProblemException.notFound("org unit among those you act for", orgUnitId);
            }
            return tree.subtrees(List.of(orgUnitId));
        }
        List<UUID> mine = access.unitsOrAll();
        if (mine == null) {
            throw ProblemException.invalid("orgUnitId", ProblemText.of("field.org-unit-province-wide"));
        }
        return mine;
    }
}
