package vn.tochuc.task.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.platform.orgscope.OrgUnitView;
import vn.tochuc.task.access.UnitAccess;

/**
 * The task grid (on time, late, within the deadline, overdue) below a unit as of a day: the unit's own tasks, one
 * line per unit directly below it (its whole subtree), and the total. The counting is one SQL statement
 * ({@link TaskQueries#grid}); this class only names the lines.
 */
@ApplicationScoped
public class TaskGrid {

    /** One line; {@code unitId} null on the total line. */
    public record Line(UUID unitId, String unitName,
            @Schema(description = "True on the unit's own line: the tasks it leads itself, not its subtree's")
            boolean ownTasksOnly, long completedOnTime, long completedLate, long inProgressWithinDeadline,
            long overdue, long total) {

        static Line of(UUID unitId, String unitName, boolean ownTasksOnly, TaskQueries.GridCounts c) {
            return c == null ? new Line(unitId, unitName, ownTasksOnly, 0, 0, 0, 0, 0)
                    : new Line(unitId, unitName, ownTasksOnly, c.onTime(), c.late(), c.withinDeadline(), c.overdue(),
                            c.onTime() + c.late() + c.withinDeadline() + c.overdue());
        }
    }

    public record Report(UUID orgUnitId, @Schema(examples = "Tỉnh ủy Vĩnh Phúc") String orgUnitName, LocalDate asOf,
            List<Line> lines, Line total) {
    }

    private final TaskQueries queries;
    private final UnitAccess access;

    TaskGrid(TaskQueries queries, UnitAccess access) {
        this.queries = queries;
        this.access = access;
    }

    public Report of(UUID orgUnitId, LocalDate asOf) {
        OrgUnitView root = access.requireUnit("orgUnitId", orgUnitId);
        Map<UUID, TaskQueries.GridCounts> counts = new HashMap<>();
        TaskQueries.GridCounts total = null;
        for (TaskQueries.GridCounts c : queries.grid(orgUnitId, asOf)) {
            if (c.unitId() == null) {
                total = c;
            } else {
                counts.put(c.unitId(), c);
            }
        }
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(root.id, root.name, true, counts.get(root.id)));
        OrgUnitView.<OrgUnitView>list("parentId", orgUnitId).stream()
                .sorted(Comparator.comparing((OrgUnitView u) -> u.name).thenComparing(u -> u.id))
                .forEach(u -> lines.add(Line.of(u.id, u.name, false, counts.get(u.id))));
        return new Report(root.id, root.name, asOf, lines, Line.of(null, "Tổng cộng", false, total));
    }
}
