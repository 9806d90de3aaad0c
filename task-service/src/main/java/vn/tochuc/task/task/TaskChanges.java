package vn.tochuc.task.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tochuc.task.access.UnitAccess;

/**
 * The mobile sync feed of tasks, read from the {@code task_change} log that every write adds to in its transaction:
 * an UPSERT (the task as now) for each change of a task of the caller's units, and a REMOVED tombstone when the task
 * was cancelled or left the caller's units. Ordered by (time, sequence).
 * <p>
 * A log row carries the time it was written, not the time its transaction committed, so a slow transaction can
 * commit a row dated before rows already read. The token to pass as {@code since} next time therefore starts
 * {@link #MARGIN} before the last row read (never before the previous {@code since}); entries are idempotent, so a
 * device may see one twice.
 */
@ApplicationScoped
public class TaskChanges {

    static final Duration MARGIN = Duration.ofSeconds(60);

    /** A position in the log. */
    public record Position(OffsetDateTime at, long seq) {

        boolean isAfter(Position other) {
            int byTime = at.compareTo(other.at);
            return byTime > 0 || (byTime == 0 && seq > other.seq);
        }
    }

    /** Named for the combined document, where every service's change feeds share it (UPSERT or REMOVED). */
    @Schema(name = "ChangeKind")
    public enum Kind {
        UPSERT,
        REMOVED
    }

    /** One entry; {@code task} is null on a tombstone. */
    public record Entry(UUID taskId, Kind change, OffsetDateTime changedAt, Task task) {
    }

    /** A page; {@code next} continues this pass (null on its last page), {@code sync} starts the next pass. */
    public record Feed(List<Entry> entries, Position next, Position sync) {
    }

    private final TaskQueries queries;
    private final UnitAccess access;

    TaskChanges(TaskQueries queries, UnitAccess access) {
        this.queries = queries;
        this.access = access;
    }

    public Feed after(Position since, Position pageAfter, int limit) {
        Position from = pageAfter == null ? since : pageAfter;
        List<TaskQueries.ChangeRow> rows = queries.changes(access.unitsOrAll(), from.at(), from.seq(), limit + 1);
        boolean more = rows.size() > limit;
        List<TaskQueries.ChangeRow> shown = more ? rows.subList(0, limit) : rows;
        Map<UUID, Task> tasks = shown.isEmpty() ? Map.of() : Task.<Task>list("id in ?1",
                shown.stream().map(TaskQueries.ChangeRow::taskId).distinct().toList()).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<Entry> entries = shown.stream().map(r -> r.removed() || !r.visible()
                ? new Entry(r.taskId(), Kind.REMOVED, r.at(), null)
                : new Entry(r.taskId(), Kind.UPSERT, r.at(), tasks.get(r.taskId()))).toList();
        if (more) {
            TaskQueries.ChangeRow last = shown.get(shown.size() - 1);
            return new Feed(entries, new Position(last.at(), last.seq()), null);
        }
        Position sync = from;
        if (!shown.isEmpty()) {
            Position rewound = new Position(shown.get(shown.size() - 1).at().minus(MARGIN), 0);
            sync = rewound.isAfter(since) ? rewound : since;
        }
        return new Feed(entries, null, sync);
    }
}
