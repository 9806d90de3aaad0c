package vn.tochuc.task.reaction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tochuc.task.task.NewSystemTask;
import vn.tochuc.task.task.TaskKind;

/**
 * A task a reaction decided on for a unit the org read model does not hold yet. Topics arrive in any order, so the
 * unit's created event may simply be late: the task waits for it rather than the event being dead-lettered.
 */
@Entity
@Table(name = "reaction_pending_task")
public class PendingTask extends PanacheEntityBase {

    enum Status {
        WAITING, GIVEN, SETTLED, DROPPED
    }

    @Id
    public UUID id;

    @Column(name = "system_key", nullable = false)
    public String systemKey;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "expected_result")
    public String expectedResult;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Why it was settled or dropped before its unit arrived. */
    @Column(name = "status_note")
    public String statusNote;

    /** The task it became once the unit arrived. */
    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "cause_event_id", nullable = false)
    public String causeEventId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Version
    public long version;

    static PendingTask waitFor(NewSystemTask task, String causeEventId) {
        PendingTask pending = new PendingTask();
        pending.id = UUID.randomUUID();
        pending.systemKey = task.systemKey();
        pending.unitId = task.leadUnitId();
        pending.title = task.title();
        pending.description = task.description();
        pending.deadline = task.deadline();
        pending.expectedResult = task.expectedResult();
        pending.status = Status.WAITING;
        pending.causeEventId = causeEventId;
        pending.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return pending;
    }

    static Optional<PendingTask> waiting(String systemKey) {
        return find("systemKey = ?1 and status = ?2", systemKey, Status.WAITING).firstResultOptional();
    }

    static List<PendingTask> waitingFor(UUID unitId) {
        return list("unitId = ?1 and status = ?2 order by createdAt", unitId, Status.WAITING);
    }

    NewSystemTask toTask() {
        return new NewSystemTask(systemKey, TaskKind.AD_HOC, title, description, unitId, null, deadline,
                expectedResult, null);
    }

    /** Its unit arrived: it is now {@code task}. */
    void given(UUID task) {
        resolve(Status.GIVEN, null);
        taskId = task;
    }

    /** What it waited for happened before its unit arrived: no task is needed. */
    void settle(String note) {
        resolve(Status.SETTLED, note);
    }

    /** It is no longer needed (e.g. the member left). */
    void drop(String note) {
        resolve(Status.DROPPED, note);
    }

    private void resolve(Status to, String note) {
        if (status != Status.WAITING) {
            throw new IllegalStateException("Pending task " + id + " is already " + status);
        }
        status = to;
        statusNote = note;
        resolvedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
